package org.hrdcasework.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrdcasework.relationships.RelationshipDriver.today;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Database;
import org.hrdcasework.Http;
import org.hrdcasework.cases.CaseDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code /api/relationships} over HTTP: validation, conflicts, roles, mission isolation, the end, the notes. */
@CaseworkIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RelationshipControllerTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RelationshipDriver relationships;
    @Autowired
    CaseDriver cases;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void openingARelationshipStartsBothProcessesAndAnswersWhenTheFirstContactIsDue() throws Exception {
        String caseReference = relationships.unassessedCase();

        HttpResponse<String> response = http.postJson("/api/relationships", "officer.alpha", body(caseReference,
                "officer.alpha", "supervisor.alpha"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode created = JSON.readTree(response.body());
        String reference = created.get("reference").asText();
        assertThat(reference).matches("ALPHA-REL-\\d{4}");
        assertThat(created.get("nextContactDue").asText()).isEqualTo(today().plusDays(60).toString());
        assertThat(response.headers().firstValue("Location")).hasValue("/api/relationships/" + reference);
        Map<String, Object> row = relationships.relationshipRow(reference);
        assertThat(row).containsEntry("mission_id", "mission-alpha").containsEntry("liaison_officer", "officer.alpha")
                .containsEntry("deputy_officer", "supervisor.alpha");
        assertThat(((Number) row.get("contact_tier")).intValue()).isEqualTo(2);
        ProcessInstance contact = relationships.contactProcess(reference);
        ProcessInstance checks = relationships.securityProcess(reference);
        assertThat(row).containsEntry("contact_process_id", contact.getId()).containsEntry("security_process_id", checks.getId());
        for (ProcessInstance instance : List.of(contact, checks)) {
            assertThat(instance.getTenantId()).isEqualTo("mission-alpha");
            Map<String, Object> variables = runtimeService.getVariables(instance.getId());
            assertThat(variables).containsEntry("missionId", "mission-alpha").containsEntry("dutyReference", reference)
                    .containsEntry("relationshipId", row.get("id").toString()).containsEntry("contactTier", 2)
                    .containsEntry("liaisonOfficer", "officer.alpha").containsEntry("deputyOfficer", "supervisor.alpha");
        }
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of("missing case", "{\"liaisonOfficer\": \"officer.alpha\"}", "caseReference"),
                Arguments.of("malformed case", "{\"caseReference\": \"ALPHA-1\", \"liaisonOfficer\": \"officer.alpha\"}", "caseReference"),
                Arguments.of("unknown case", "{\"caseReference\": \"ALPHA-2026-9999\", \"liaisonOfficer\": \"officer.alpha\"}", "caseReference"),
                Arguments.of("missing liaison", "{\"caseReference\": \"%s\"}", "liaisonOfficer"),
                Arguments.of("blank liaison", "{\"caseReference\": \"%s\", \"liaisonOfficer\": \" \"}", "liaisonOfficer"),
                Arguments.of("unknown user", "{\"caseReference\": \"%s\", \"liaisonOfficer\": \"nobody.alpha\"}", "liaisonOfficer"),
                Arguments.of("other mission's officer", "{\"caseReference\": \"%s\", \"liaisonOfficer\": \"officer.beta\"}", "liaisonOfficer"),
                Arguments.of("headquarters desk", "{\"caseReference\": \"%s\", \"liaisonOfficer\": \"hq.desk\"}", "liaisonOfficer"),
                Arguments.of("designer", "{\"caseReference\": \"%s\", \"liaisonOfficer\": \"designer\"}", "liaisonOfficer"),
                Arguments.of("other mission's deputy", "{\"caseReference\": \"%s\", \"liaisonOfficer\": \"officer.alpha\", \"deputyOfficer\": \"officer.beta\"}", "deputyOfficer"),
                Arguments.of("deputy is the liaison", "{\"caseReference\": \"%s\", \"liaisonOfficer\": \"officer.alpha\", \"deputyOfficer\": \"officer.alpha\"}", "deputyOfficer"),
                Arguments.of("unknown field", "{\"caseReference\": \"%s\", \"liaisonOfficer\": \"officer.alpha\", \"defenderName\": \"x\"}", "defenderName"),
                Arguments.of("not JSON", "{\"caseReference\": ", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void invalidRequestsAreRefusedNamingTheFieldAndWriteNothing(String label, String template, String field) throws Exception {
        String caseReference = relationships.unassessedCase();
        long instancesBefore = relationshipInstances();

        HttpResponse<String> response = http.postJson("/api/relationships", "officer.alpha", template.formatted(caseReference));

        assertThat(response.statusCode()).as(label).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly(field);
        assertThat(relationshipsOfDefender(caseReference)).isZero();
        assertThat(relationshipInstances()).isEqualTo(instancesBefore);
    }

    @Test
    void aDefenderHasAtMostOneActiveRelationship() throws Exception {
        String caseReference = relationships.unassessedCase();
        assertThat(http.postJson("/api/relationships", "officer.alpha", body(caseReference, "officer.alpha", null))
                .statusCode()).isEqualTo(201);

        HttpResponse<String> second = http.postJson("/api/relationships", "supervisor.alpha",
                body(caseReference, "supervisor.alpha", null));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).doesNotContain("Test Person");
        assertThat(relationshipsOfDefender(caseReference)).isOne();
    }

    @Test
    void anotherMissionNeitherSeesNorTouchesTheRelationship() throws Exception {
        String caseReference = relationships.unassessedCase();
        String reference = relationships.open(caseReference, "officer.alpha", null);

        HttpResponse<String> open = http.postJson("/api/relationships", "officer.beta", body(caseReference, "officer.beta", null));
        assertThat(open.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(open.body()).get("errors").findValuesAsText("field")).containsExactly("caseReference");
        assertThat(http.get("/api/relationships", "officer.beta").body()).doesNotContain(reference);
        assertThat(http.get("/api/relationships/" + reference, "officer.beta").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/relationships/" + reference + "/records", "officer.beta").statusCode()).isEqualTo(404);
        assertThat(http.postJson("/api/relationships/" + reference + "/end", "officer.beta",
                "{\"reason\": \"OTHER\"}").statusCode()).isEqualTo(404);

        assertThat(relationships.relationshipRow(reference).get("ended_at")).isNull();
        assertThat(relationships.contactProcess(reference)).isNotNull();
    }

    @Test
    void headquartersReadsButNeitherOpensNorEnds() throws Exception {
        String caseReference = relationships.unassessedCase();
        String reference = relationships.open(caseReference, "officer.alpha", "ambassador.alpha");

        HttpResponse<String> list = http.get("/api/relationships", "hq.desk");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode listed = find(JSON.readTree(list.body()), reference);
        assertThat(listed.get("defenderCodeName").asText()).isNotBlank();
        assertThat(listed.get("liaisonOfficer").asText()).isEqualTo("officer.alpha");
        assertThat(listed.get("deputyOfficer").asText()).isEqualTo("ambassador.alpha");
        assertThat(listed.get("contactTier").asInt()).isEqualTo(2);
        assertThat(listed.get("nextContactDue").asText()).isEqualTo(today().plusDays(60).toString());
        assertThat(listed.get("lastContactOn").isNull()).isTrue();
        assertThat(listed.has("id")).as("internal ids stay inside").isFalse();
        assertThat(listed.get("active").asBoolean()).isTrue();
        assertThat(list.body()).doesNotContain("Test Person");
        assertThat(http.get("/api/relationships/" + reference, "hq.desk").statusCode()).isEqualTo(200);

        assertThat(http.postJson("/api/relationships", "hq.desk", body(relationships.unassessedCase(), "officer.alpha", null))
                .statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/relationships/" + reference + "/end", "hq.desk", "{\"reason\": \"OTHER\"}")
                .statusCode()).isEqualTo(403);
        assertThat(http.get("/api/relationships/" + reference + "/records", "hq.desk").statusCode())
                .as("contact notes stay with the mission's own staff").isEqualTo(403);
        assertThat(http.get("/api/relationships", "designer").statusCode()).isEqualTo(403);
        assertThat(relationships.relationshipRow(reference).get("ended_at")).isNull();
    }

    @Test
    void endingStopsBothProcessesOnceAndLetsANewRelationshipStart() throws Exception {
        String caseReference = relationships.unassessedCase();
        String reference = relationships.open(caseReference, "officer.alpha", null);
        ProcessInstance contact = relationships.contactProcess(reference);
        ProcessInstance checks = relationships.securityProcess(reference);

        assertThat(field(http.postJson("/api/relationships/" + reference + "/end", "supervisor.alpha", "{}"))).isEqualTo("reason");
        assertThat(field(http.postJson("/api/relationships/" + reference + "/end", "supervisor.alpha",
                "{\"reason\": \"BORED\"}"))).isEqualTo("reason");
        assertThat(field(http.postJson("/api/relationships/ALPHA-REL-x/end", "supervisor.alpha",
                "{\"reason\": \"OTHER\"}"))).isEqualTo("reference");
        assertThat(relationships.relationshipRow(reference).get("ended_at")).isNull();

        HttpResponse<String> ended = http.postJson("/api/relationships/" + reference + "/end", "supervisor.alpha",
                "{\"reason\": \"NO_LONGER_AT_RISK\"}");

        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(relationships.relationshipRow(reference)).containsEntry("ended_by", "supervisor.alpha")
                .containsEntry("end_reason", "NO_LONGER_AT_RISK");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(Set.of(contact.getId(),
                checks.getId())).count()).isZero();
        assertThat(http.postJson("/api/relationships/" + reference + "/end", "supervisor.alpha",
                "{\"reason\": \"OTHER\"}").statusCode()).isEqualTo(409);
        JsonNode detail = JSON.readTree(http.get("/api/relationships/" + reference, "officer.alpha").body());
        assertThat(detail.get("active").asBoolean()).isFalse();
        assertThat(detail.get("endReason").asText()).isEqualTo("NO_LONGER_AT_RISK");

        assertThat(http.postJson("/api/relationships", "officer.alpha", body(caseReference, "officer.alpha", null))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void notesAreEncryptedAndReadBackOnlyByTheMissionsStaff(CapturedOutput output) throws Exception {
        String canary = "CANARY-" + UUID.randomUUID();
        Map<String, String> canaries = Map.of(
                "contact", canary + "-contact", "concern", canary + "-concern",
                "check", canary + "-check", "referral", canary + "-referral");
        String reference = relationships.open(relationships.unassessedCase(), "officer.alpha", null);
        relationships.fireTimerDueOn(relationships.contactProcess(reference), today().plusDays(60));
        relationships.contact(reference, "officer.alpha", "CONCERN", canaries.get("contact"));
        cases.complete(reference, RelationshipProcesses.TASK_REPORT_CONCERN, "supervisor.alpha",
                Map.of("followUp", "NONE", "sensitive_concernNotes", canaries.get("concern")));
        relationships.fireTimerDueOn(relationships.securityProcess(reference), today().plusDays(180));
        Map<String, Object> check = new HashMap<>(RelationshipDriver.checklist("phishingTrained"));
        check.put("sensitive_digitalSecurityNotes", canaries.get("check"));
        cases.complete(reference, RelationshipProcesses.TASK_CHECK_DIGITAL_SECURITY, "officer.alpha", check);
        cases.complete(reference, RelationshipProcesses.TASK_REFER_TO_HELPLINE, "officer.alpha", Map.of(
                "helpline", "FRONT_LINE_DEFENDERS", "referredOn", today().toString(),
                "sensitive_referralNotes", canaries.get("referral")));

        assertThat(new Database(jdbc).plaintextHits(List.copyOf(canaries.values()))).as("plaintext canaries").isEmpty();
        assertThat(output.getAll()).as("canaries in the log").doesNotContain(canary);

        HttpResponse<String> records = http.get("/api/relationships/" + reference + "/records", "officer.alpha");
        assertThat(records.statusCode()).isEqualTo(200);
        assertThat(records.body()).contains(canaries.values());
        JsonNode contactRecord = find(JSON.readTree(records.body()), RelationshipProcesses.TASK_CONTACT_DEFENDER, "taskKey");
        assertThat(contactRecord.at("/notes/contactNotes").asText()).isEqualTo(canaries.get("contact"));
        assertThat(contactRecord.at("/answers/defenderSituation").asText()).isEqualTo("CONCERN");
        assertThat(http.get("/api/relationships/" + reference + "/records", "supervisor.alpha").body())
                .contains(canaries.get("concern"));

        HttpResponse<String> detail = http.get("/api/relationships/" + reference, "officer.alpha");
        JsonNode relationship = JSON.readTree(detail.body());
        assertThat(relationship.get("lastContactOn").asText()).isEqualTo(today().toString());
        assertThat(relationship.at("/contacts/0/defenderSituation").asText()).isEqualTo("CONCERN");
        assertThat(relationship.at("/securityChecks/0/referredTo").asText()).isEqualTo("FRONT_LINE_DEFENDERS");
        assertThat(relationship.at("/securityChecks/0/checklist/phishingTrained").asBoolean(true)).isFalse();
        assertThat(detail.body()).doesNotContain(canary);
    }

    private long relationshipsOfDefender(String caseReference) {
        return new Database(jdbc).count("SELECT count(*) FROM casework.defender_relationship r "
                + "JOIN casework.case_file c ON c.defender_id = r.defender_id WHERE c.reference = ?", caseReference);
    }

    private long relationshipInstances() {
        return new Database(jdbc).count("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ IN (?, ?)",
                RelationshipProcesses.DEFENDER_CONTACT, RelationshipProcesses.DIGITAL_SECURITY_CHECK);
    }

    private static String body(String caseReference, String liaison, String deputy) {
        return "{\"caseReference\": \"" + caseReference + "\", \"liaisonOfficer\": \"" + liaison + "\""
                + (deputy == null ? "" : ", \"deputyOfficer\": \"" + deputy + "\"") + "}";
    }

    private static String field(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(400);
        return JSON.readTree(response.body()).at("/errors/0/field").asText();
    }

    private static JsonNode find(JsonNode array, String reference) {
        return find(array, reference, "reference");
    }

    private static JsonNode find(JsonNode array, String value, String key) {
        for (JsonNode node : array) {
            if (value.equals(node.path(key).asText())) {
                return node;
            }
        }
        throw new AssertionError("no element with " + key + " " + value);
    }
}
