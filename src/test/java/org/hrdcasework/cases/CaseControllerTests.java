package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Database;
import org.hrdcasework.Http;
import org.hrdcasework.ThreatReports;
import org.hrdcasework.system.engine.ProcessVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/cases} and {@code GET /api/cases/{reference}} over HTTP, against the real database. */
@CaseworkIntegrationTest
class CaseControllerTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    Http http;
    Database database;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        database = new Database(jdbc);
    }

    @Test
    void filingAReportCreatesOneCaseAndOneProcessInstanceWaitingForVerification() throws Exception {
        Database.Counts before = database.counts();

        HttpResponse<String> response = http.postJson("/api/cases", "officer.alpha", ThreatReports.valid("mission-alpha"));

        assertThat(response.statusCode()).isEqualTo(201);
        String reference = JSON.readTree(response.body()).get("reference").asText();
        assertThat(reference).matches("ALPHA-\\d{4}-\\d{4}");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/cases/" + reference);
        Database.Counts after = database.counts();
        assertThat(after.cases()).isEqualTo(before.cases() + 1);
        assertThat(after.defenders()).isEqualTo(before.defenders() + 1);
        assertThat(after.processInstances()).isEqualTo(before.processInstances() + 1);

        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKey("CaseOfConcern").singleResult();
        assertThat(instance.getTenantId()).isEqualTo("mission-alpha");
        assertThat(jdbc.queryForObject("SELECT process_instance_id FROM casework.case_file WHERE reference = ?",
                String.class, reference)).isEqualTo(instance.getId());
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(CaseOfConcernProcess.TASK_VERIFY_REPORT);
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("case-officers"));
    }

    @Test
    void processVariablesCarryOnlyIdsAndRoutingFacts() throws Exception {
        String reference = file("officer.alpha", ThreatReports.valid("mission-alpha"));
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKey("CaseOfConcern").singleResult();

        Map<String, Object> variables = runtimeService.getVariables(instance.getId());
        assertThat(variables).containsOnlyKeys(ProcessVariables.CASE_ID, ProcessVariables.CASE_REFERENCE,
                ProcessVariables.MISSION_ID, CaseOfConcernProcess.Vars.THREAT_TYPE,
                ProcessVariables.URGENCY_TIER, ProcessVariables.DEFENDER_CODE_NAME);
        List<HistoricVariableInstance> history = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list();
        assertThat(history).extracting(v -> String.valueOf(v.getValue()))
                .noneMatch(v -> v.contains("Zainab") || v.contains("Unmarked car") || v.contains("5550"));
    }

    @Test
    void identitiesAndNarrativesAreStoredEncrypted() throws Exception {
        String reference = file("officer.alpha", ThreatReports.valid("mission-alpha"));

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT d.full_name_enc, d.contact_enc, c.threat_description_enc, c.report_source_enc
                FROM casework.case_file c JOIN casework.defender d ON d.id = c.defender_id WHERE c.reference = ?""",
                reference);
        for (Object value : row.values()) {
            String stored = new String((byte[]) value, StandardCharsets.ISO_8859_1);
            assertThat(stored).doesNotContain("Zainab", "Testdefender", "5550", "Unmarked", "NGO hotline");
        }
    }

    @Test
    void theMissionsOwnStaffReadTheCaseByCodeNameOthersGetNotFound() throws Exception {
        String reference = file("officer.alpha", ThreatReports.valid("mission-alpha"));

        HttpResponse<String> own = http.get("/api/cases/" + reference, "supervisor.alpha");
        assertThat(own.statusCode()).isEqualTo(200);
        JsonNode view = JSON.readTree(own.body());
        assertThat(view.get("stage").asText()).isEqualTo("VERIFICATION");
        assertThat(view.get("mission").asText()).isEqualTo("mission-alpha");
        assertThat(view.at("/defender/codeName").asText()).matches("HRD-ALPHA-\\d{4}");
        assertThat(view.at("/threat/type").asText()).isEqualTo("DEATH_THREAT");
        assertThat(view.at("/threat/description").asText()).isEqualTo(ThreatReports.DESCRIPTION);
        assertThat(own.body()).doesNotContain(ThreatReports.FULL_NAME).doesNotContain(ThreatReports.CONTACT);

        assertThat(http.get("/api/cases/" + reference, "officer.beta").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/cases/" + reference, "designer").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/cases/BETA-2026-9999", "officer.beta").statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedReferenceIsRejectedNamingTheField() throws Exception {
        HttpResponse<String> response = http.get("/api/cases/..%2F..%2Fetc", "officer.alpha");
        assertThat(response.statusCode()).isBetween(400, 404);
        HttpResponse<String> lower = http.get("/api/cases/alpha'--", "officer.alpha");
        assertThat(lower.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(lower.body()).at("/errors/0/field").asText()).isEqualTo("reference");
    }

    static Stream<Arguments> invalidReports() {
        String valid = ThreatReports.valid("mission-alpha");
        String longText = "x".repeat(10_001);
        return Stream.of(
                Arguments.of("missing mission", valid.replace("\"mission\": \"mission-alpha\",", ""), 400, "mission"),
                Arguments.of("blank mission", valid.replace("\"mission-alpha\"", "\"\""), 400, "mission"),
                Arguments.of("missing defender name", valid.replace("\"fullName\": \"" + ThreatReports.FULL_NAME + "\",", ""), 400, "defender.fullName"),
                Arguments.of("missing defender", valid.replaceAll("\"defender\": \\{[^}]*},", ""), 400, "defender"),
                Arguments.of("unknown top-level field", valid.replace("\"channel\"", "\"priority\": 1, \"channel\""), 400, "priority"),
                Arguments.of("unknown nested field", valid.replace("\"fullName\"", "\"nickname\": \"x\", \"fullName\""), 400, "defender.nickname"),
                Arguments.of("threat type not in the list", valid.replace("DEATH_THREAT", "RUDENESS"), 400, "threat.type"),
                Arguments.of("channel not in the list", valid.replace("NGO_REFERRAL", "PIGEON"), 400, "channel"),
                Arguments.of("date not ISO", valid.replace("2026-11-20", "20/11/2026"), 400, "threat.occurredOn"),
                Arguments.of("impossible date", valid.replace("2026-11-20", "2026-02-30"), 400, "threat.occurredOn"),
                Arguments.of("date in the future", valid.replace("2026-11-20", "2999-01-01"), 400, "threat.occurredOn"),
                Arguments.of("description too long", valid.replace(ThreatReports.DESCRIPTION, longText), 400, "threat.description"),
                Arguments.of("name too long", valid.replace(ThreatReports.FULL_NAME, "n".repeat(201)), 400, "defender.fullName"),
                Arguments.of("object where text is expected", valid.replace("\"" + ThreatReports.DESCRIPTION + "\"", "{\"a\": 1}"), 400, "threat.description"),
                Arguments.of("malformed JSON", valid.substring(0, valid.length() / 2), 400, "body"),
                Arguments.of("empty body", "", 400, "body"),
                Arguments.of("a mission that is not the caller's", ThreatReports.valid("mission-beta"), 403, "mission"),
                Arguments.of("a mission that does not exist", ThreatReports.valid("mission-nowhere"), 403, "mission"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidReports")
    void invalidReportsAreRefusedNamingTheFieldAndWriteNothing(String description, String body, int status,
                                                               String field) throws Exception {
        Database.Counts before = database.counts();

        HttpResponse<String> response = http.postJson("/api/cases", "officer.alpha", body);

        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
        assertThat(response.body()).doesNotContain(ThreatReports.FULL_NAME).doesNotContain("Exception")
                .doesNotContain("SQL");
        assertThat(database.counts()).isEqualTo(before);
    }

    @Test
    void rolesThatDoNotWorkCasesCannotFileReports() throws Exception {
        Database.Counts before = database.counts();
        for (String user : List.of("designer", "admin")) {
            HttpResponse<String> response = http.postJson("/api/cases", user, ThreatReports.valid("mission-alpha"));
            assertThat(response.statusCode()).as(user).isEqualTo(403);
        }
        assertThat(database.counts()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        HttpResponse<String> response = http.post("/api/cases", "officer.alpha", "text/plain", "hello".getBytes());
        assertThat(response.statusCode()).isEqualTo(415);
    }

    private String file(String user, String body) throws Exception {
        HttpResponse<String> response = http.postJson("/api/cases", user, body);
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("reference").asText();
    }
}
