package org.hrdcasework.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.ThreatReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/cases/{ref}/identity-reveals}: need-to-know, with a reason, always audited. */
class IdentityRevealTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REASON = "{\"reason\": \"Need to phone the defender about the hearing\"}";

    String reference;

    @BeforeEach
    void fileCase() throws Exception {
        HttpResponse<String> filed = http.postJson("/api/cases", "officer.alpha", ThreatReports.valid("mission-alpha"));
        reference = JSON.readTree(filed.body()).get("reference").asText();
    }

    @Test
    void theMissionsOfficerSeesTheIdentityAndTheRevealIsAudited() throws Exception {
        long before = reveals();

        HttpResponse<String> response = http.postJson("/api/cases/" + reference + "/identity-reveals", "officer.alpha", REASON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/identity/fullName").asText()).isEqualTo(ThreatReports.FULL_NAME);
        assertThat(reveals()).isEqualTo(before + 1);
        assertThat(jdbc.queryForMap("SELECT actor, mission_id, detail FROM casework.audit_event WHERE case_reference = ? "
                + "AND event_type = 'IDENTITY_REVEAL'", reference))
                .containsEntry("actor", "officer.alpha").containsEntry("mission_id", "mission-alpha")
                .satisfies(row -> assertThat((String) row.get("detail")).contains("phone the defender")
                        .doesNotContain(ThreatReports.FULL_NAME));
    }

    @Test
    void headquartersSeesCodeNamesUntilItRevealsWithAReason() throws Exception {
        HttpResponse<String> view = http.get("/api/cases/" + reference, "hq.desk");
        assertThat(view.body()).doesNotContain(ThreatReports.FULL_NAME).contains("HRD-ALPHA-");
        HttpResponse<String> revealed = http.postJson("/api/cases/" + reference + "/identity-reveals", "hq.desk", REASON);
        assertThat(revealed.statusCode()).isEqualTo(200);
    }

    @Test
    void aRevealWithoutAReasonIsRefusedAndRevealsNothing() throws Exception {
        long before = reveals();
        for (String body : new String[] {"{}", "{\"reason\": \"\"}", "{\"reason\": \"because\"}"}) {
            HttpResponse<String> response = http.postJson("/api/cases/" + reference + "/identity-reveals", "officer.alpha", body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).at("/errors/0/field").asText()).isEqualTo("reason");
            assertThat(response.body()).doesNotContain(ThreatReports.FULL_NAME);
        }
        assertThat(reveals()).isEqualTo(before);
    }

    @Test
    void anOfficerOfAnotherMissionCannotReveal() {
        HttpResponse<String> response = http.postJson("/api/cases/" + reference + "/identity-reveals", "officer.beta", REASON);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(ThreatReports.FULL_NAME);
    }

    @Test
    void rolesWithoutNeedToKnowCannotReveal() {
        for (String user : new String[] {"designer", "admin"}) {
            HttpResponse<String> response = http.postJson("/api/cases/" + reference + "/identity-reveals", user, REASON);
            assertThat(response.statusCode()).as(user).isEqualTo(403);
        }
    }

    private long reveals() {
        return jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE event_type = 'IDENTITY_REVEAL'", Long.class);
    }
}
