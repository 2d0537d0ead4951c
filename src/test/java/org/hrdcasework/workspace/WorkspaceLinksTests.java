package org.hrdcasework.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.hrdcasework.SessionClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The workspace links to the caseload and to the forms a person's roles may send, and to nothing else. */
@CaseworkIntegrationTest
class WorkspaceLinksTests {

    @LocalServerPort
    int port;

    @Test
    void eachRoleSeesTheFormsItMaySend() {
        Http http = new Http(port);
        String officer = SessionClient.signedIn(http, "officer.alpha").get("/").body();
        assertThat(officer).contains("href=\"/cases\"", "href=\"/cases/new\"", "href=\"/relationship/new\"", "File a threat report",
                        "href=\"/hearings\"")
                .doesNotContain("href=\"/engagements/new\"", "href=\"/annual-meetings/new\"");
        String ambassador = SessionClient.signedIn(http, "ambassador.alpha").get("/").body();
        assertThat(ambassador).contains("href=\"/cases\"", "href=\"/cases/new\"", "href=\"/engagements/new\"",
                "href=\"/annual-meetings/new\"", "Plan a visit or dialogue");
        String headquarters = SessionClient.signedIn(http, "hq.desk").get("/").body();
        assertThat(headquarters).contains("href=\"/cases\"").doesNotContain("href=\"/cases/new\"", "href=\"/relationship/new\"", "href=\"/hearings\"",
                "href=\"/engagements/new\"");
        String designer = SessionClient.signedIn(http, "designer").get("/").body();
        assertThat(designer).doesNotContain("href=\"/cases\"", "href=\"/cases/new\"", "Report and plan");
    }
}
