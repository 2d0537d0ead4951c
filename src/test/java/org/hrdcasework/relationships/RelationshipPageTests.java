package org.hrdcasework.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrdcasework.FormPages.assertErrorPage;
import static org.hrdcasework.FormPages.assertFieldError;
import static org.hrdcasework.FormPages.redirectedTo;
import static org.hrdcasework.FormPages.submit;

import java.net.http.HttpResponse;
import org.hrdcasework.Database;
import org.hrdcasework.FormPages;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.SessionClient;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.Test;

/** Opening a defender relationship from its form page: the mission's liaison officers to choose from, the API's rules. */
class RelationshipPageTests extends ProcessTestSupport {

    @Test
    void aRelationshipIsOpenedWithAnOfficerOfTheMissionAndConfirmedOnTheWorkspace() {
        String reference = driver.verifiedCase(ThreatType.SURVEILLANCE).getBusinessKey();
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        HttpResponse<String> page = officer.get("/relationship/new");
        assertThat(page.body()).contains("Liaison officer", "Case reference", "value=\"officer.alpha\"",
                "value=\"supervisor.alpha\"").doesNotContain("value=\"officer.beta\"", "value=\"designer\"");

        HttpResponse<String> opened = submit(officer, "/relationship/new", "caseReference", reference,
                "liaisonOfficer", "officer.alpha", "deputyOfficer", "supervisor.alpha");

        assertThat(redirectedTo(opened)).isEqualTo("/");
        assertThat(jdbc.queryForMap("SELECT r.reference, r.liaison_officer, r.deputy_officer FROM casework.defender_relationship r "
                + "JOIN casework.case_file c ON c.defender_id = r.defender_id WHERE c.reference = ?", reference))
                .containsEntry("liaison_officer", "officer.alpha").containsEntry("deputy_officer", "supervisor.alpha")
                .satisfies(row -> {
                    String workspace = officer.get("/").body();
                    assertThat(workspace).contains("govuk-notification-banner--success")
                            .contains("Relationship " + row.get("reference") + " opened.");
                });
        assertThat(officer.get("/").body()).doesNotContain("govuk-notification-banner--success");
    }

    @Test
    void anOfficerOfAnotherMissionOrACaseOfAnotherMissionIsRefusedNamingTheField() {
        String reference = driver.verifiedCase(ThreatType.SURVEILLANCE).getBusinessKey();
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        long before = relationships();

        assertFieldError(submit(officer, "/relationship/new", "caseReference", reference, "liaisonOfficer", "officer.beta"),
                "liaisonOfficer", "Liaison officer must be a case officer, supervisor or senior official of mission-alpha");
        assertFieldError(submit(officer, "/relationship/new", "caseReference", reference, "liaisonOfficer", "officer.alpha",
                "deputyOfficer", "officer.alpha"), "deputyOfficer", "Deputy must be someone other than the liaison officer");
        assertFieldError(submit(officer, "/relationship/new", "caseReference", "", "liaisonOfficer", "officer.alpha"),
                "caseReference", "Case reference is required");
        String betaCase = driver.fileReportFor("mission-beta").getBusinessKey();
        assertFieldError(submit(officer, "/relationship/new", "caseReference", betaCase, "liaisonOfficer", "officer.alpha"),
                "caseReference", "Case reference no case");
        assertThat(relationships()).isEqualTo(before);

        assertErrorPage(SessionClient.signedIn(http, "hq.desk").get("/relationship/new"), 403);
        officer.get("/relationship/new");
        assertThat(officer.postForm("/relationship/new", FormPages.encode("caseReference", reference,
                "liaisonOfficer", "officer.alpha")).statusCode()).isEqualTo(403);
        assertThat(relationships()).isEqualTo(before);
    }

    private long relationships() {
        return new Database(jdbc).count("SELECT count(*) FROM casework.defender_relationship");
    }
}
