package org.hrdcasework.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.hrdcasework.ProcessTestSupport;
import org.junit.jupiter.api.Test;

/** The mission's own list of like-minded partner missions: added and deactivated by its supervisors and senior officials. */
class PartnerMissionTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void supervisorsAddAndDeactivatePartnersOfTheirOwnMission() throws Exception {
        String name = "Embassy of Iceland " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> added = http.postJson("/api/partner-missions", "supervisor.alpha",
                "{\"mission\": \"mission-alpha\", \"name\": \"" + name + "\", \"kind\": \"EMBASSY\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = JSON.readTree(added.body()).get("id").asText();
        assertThat(listed("officer.alpha", name)).isTrue();
        assertThat(listed("officer.beta", name)).isFalse();

        assertThat(http.postJson("/api/partner-missions", "ambassador.alpha",
                "{\"name\": \"" + name + "\", \"kind\": \"EMBASSY\"}").statusCode()).as("same name again").isEqualTo(409);

        assertThat(http.putJson("/api/partner-missions/" + id, "officer.beta", "{\"active\": false}").statusCode()).isEqualTo(403);
        assertThat(http.putJson("/api/partner-missions/" + UUID.randomUUID(), "supervisor.alpha", "{\"active\": false}")
                .statusCode()).isEqualTo(404);
        HttpResponse<String> deactivated = http.putJson("/api/partner-missions/" + id, "supervisor.alpha", "{\"active\": false}");
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(listed("officer.alpha", name)).as("no longer offered").isFalse();
    }

    @Test
    void badRequestsNameTheFieldAndWriteNothing() {
        long before = count();
        assertRefused(http.postJson("/api/partner-missions", "supervisor.alpha", "{\"mission\": \"mission-alpha\", \"kind\": \"EMBASSY\"}"), 400, "name");
        assertRefused(http.postJson("/api/partner-missions", "supervisor.alpha", "{\"mission\": \"mission-alpha\", \"name\": \"Embassy of Chile\"}"), 400, "kind");
        assertRefused(http.postJson("/api/partner-missions", "supervisor.alpha",
                "{\"mission\": \"mission-alpha\", \"name\": \"" + "x".repeat(201) + "\", \"kind\": \"OTHER\"}"), 400, "name");
        assertRefused(http.postJson("/api/partner-missions", "supervisor.alpha",
                "{\"mission\": \"mission-beta\", \"name\": \"Embassy of Chile\", \"kind\": \"EMBASSY\"}"), 403, "mission");
        assertRefused(http.postJson("/api/partner-missions", "officer.alpha",
                "{\"mission\": \"mission-alpha\", \"name\": \"Embassy of Chile\", \"kind\": \"EMBASSY\"}"), 403, "mission");
        assertRefused(http.postJson("/api/partner-missions", "supervisor.alpha",
                "{\"mission\": \"mission-alpha\", \"name\": \"Embassy of Chile\", \"kind\": \"CONSULATE\"}"), 400, "kind");
        assertThat(count()).isEqualTo(before);
    }

    private boolean listed(String user, String name) throws Exception {
        JsonNode partners = JSON.readTree(http.get("/api/partner-missions", user).body());
        return partners.findValuesAsText("name").contains(name);
    }

    private long count() {
        Long rows = jdbc.queryForObject("SELECT count(*) FROM casework.partner_mission", Long.class);
        return rows == null ? 0 : rows;
    }

    private static void assertRefused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("\"" + field + "\"");
    }
}
