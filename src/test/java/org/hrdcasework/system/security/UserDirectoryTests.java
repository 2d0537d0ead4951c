package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff find only the users who share one of their missions (directly or through a group), on the
 * engine REST API and in the webapps (Tasklist's assignee names and "assign" search); headquarters
 * staff of both missions see both; administrators see everyone.
 */
@CaseworkIntegrationTest
class UserDirectoryTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void officersListOnlyTheirOwnMissionsUsers() throws Exception {
        List<String> seen = ids(http.get("/engine-rest/user", "officer.alpha"));
        assertThat(seen).contains("officer.alpha", "supervisor.alpha", "ambassador.alpha", "hq.desk")
                .doesNotContain("officer.beta", "designer", "admin");
        assertThat(count("officer.alpha")).isEqualTo(seen.size());
        assertThat(ids(http.get("/engine-rest/user", "officer.beta"))).contains("officer.beta", "hq.desk")
                .doesNotContain("officer.alpha", "supervisor.alpha");
    }

    @Test
    void anotherMissionsUserCannotBeFoundByIdOrSearch() throws Exception {
        assertThat(http.get("/engine-rest/user/officer.beta/profile", "officer.alpha").statusCode()).isEqualTo(404);
        assertThat(ids(http.get("/engine-rest/user?id=officer.beta", "officer.alpha"))).isEmpty();
        assertThat(ids(http.get("/engine-rest/user?idIn=officer.beta,supervisor.alpha", "officer.alpha")))
                .containsExactly("supervisor.alpha");
        assertThat(ids(http.get("/engine-rest/user?firstNameLike=%25Oscar%25", "officer.alpha"))).isEmpty();
        assertThat(ids(http.get("/engine-rest/user?memberOfTenant=mission-beta", "officer.alpha"))).doesNotContain("officer.beta");
        assertThat(http.get("/engine-rest/user/supervisor.alpha/profile", "officer.alpha").statusCode()).isEqualTo(200);
    }

    @Test
    void headquartersOfBothMissionsSeeBothAndAdministratorsSeeAll() throws Exception {
        assertThat(ids(http.get("/engine-rest/user", "hq.desk"))).contains("officer.alpha", "officer.beta")
                .doesNotContain("designer", "admin");
        assertThat(ids(http.get("/engine-rest/user", "admin"))).contains("officer.alpha", "officer.beta", "designer", "admin");
        assertThat(ids(http.get("/engine-rest/user", "designer"))).containsExactly("designer");
    }

    @Test
    void membersOfAGroupThatBelongsToTheMissionAreColleagues() throws Exception {
        identityService.createTenantGroupMembership("mission-beta", "case-officers");
        try {
            // Every case officer is now staff of Beta, so officer.beta sees officer.alpha, but officer.alpha's
            // view of Beta-only people (not case officers) is unchanged.
            assertThat(ids(http.get("/engine-rest/user", "officer.beta"))).contains("officer.alpha");
        } finally {
            identityService.deleteTenantGroupMembership("mission-beta", "case-officers");
        }
        assertThat(ids(http.get("/engine-rest/user", "officer.beta"))).doesNotContain("officer.alpha");
    }

    @Test
    void tasklistShowsOnlyTheMissionsUsers() throws Exception {
        WebappSession tasklist = WebappSession.login(http, "officer.alpha", "tasklist");
        List<String> seen = ids(tasklist.get("/camunda/api/engine/engine/default/user?maxResults=50"));
        assertThat(seen).contains("officer.alpha", "supervisor.alpha").doesNotContain("officer.beta", "admin");
        assertThat(tasklist.get("/camunda/api/engine/engine/default/user/officer.beta/profile").statusCode()).isEqualTo(404);
        assertThat(tasklist.get("/camunda/api/engine/engine/default/user/supervisor.alpha/profile").statusCode()).isEqualTo(200);
    }

    @Test
    void theApplicationItselfStillSeesEveryone() {
        assertThat(identityService.createUserQuery().list()).extracting(User::getId).contains("officer.alpha", "officer.beta", "admin");
    }

    private int count(String user) throws Exception {
        return JSON.readTree(http.get("/engine-rest/user/count", user).body()).get("count").asInt();
    }

    private static List<String> ids(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).findValuesAsText("id");
    }
}
