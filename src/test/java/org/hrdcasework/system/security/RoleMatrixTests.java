package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.hrdcasework.ThreatReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The role matrix of docs/security.md, user by surface by operation, on a case of mission Alpha.
 * Expected: a status code; "200+" a non-empty list, "200-" an empty one (isolation by filtering).
 * {@code LOGIN} rows sign in at {@code /login} and open the named webapp: 200, or 403 when the
 * user's roles do not open it.
 * Rows naming {@code {model...}} work on a model deployed for the row, with one running instance
 * of mission Alpha, so that deleting or suspending it disturbs nothing else.
 */
@CaseworkIntegrationTest
class RoleMatrixTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ManagementService managementService;
    Http http;
    String reference;
    String processInstanceId;
    /** A model of its own with one running instance of mission Alpha, for the rows that change or delete it. */
    EngineOperationsTests.Model model;

    @BeforeEach
    void fileAlphaCase() throws Exception {
        http = new Http(port);
        model = null;
        HttpResponse<String> filed = http.postJson("/api/cases", "officer.alpha", ThreatReports.valid("mission-alpha"));
        reference = JSON.readTree(filed.body()).get("reference").asText();
        processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKey("CaseOfConcern").singleResult().getId();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvFileSource(resources = "/role-matrix.csv", numLinesToSkip = 1, delimiter = '|')
    void eachRoleGetsWhatTheMatrixSays(String user, String method, String path, String expected) throws Exception {
        String caller = "anonymous".equals(user) ? null : user;
        if (path.contains("{model") || path.endsWith("/process-instance/delete") || path.contains("/migration/")
                || path.contains("/job-definition/")) {
            model = EngineOperationsTests.deployWithInstance(http, runtimeService, "admin");
        }
        String target = resolve(path);
        long batches = managementService.createBatchQuery().count();
        HttpResponse<String> response = switch (method) {
            case "GET" -> http.get(target, caller);
            case "POST" -> http.postJson(target, caller, body(target));
            case "PUT" -> http.putJson(target, caller, body(target));
            case "DELETE" -> http.send(http.request(target, caller).DELETE().build());
            case "DEPLOY" -> http.deploy(caller, "matrix.bpmn", cleanModel());
            case "LOGIN" -> WebappSession.attemptLogin(http, caller, Http.DEMO_PASSWORD, target).response();
            default -> throw new IllegalArgumentException(method);
        };
        if (expected.startsWith("200") && expected.length() == 4) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode list = JSON.readTree(response.body());
            if (expected.endsWith("+")) {
                assertThat(list).as("visible to " + user).isNotEmpty();
            } else {
                assertThat(list).as("hidden from " + user).isEmpty();
            }
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(Integer.parseInt(expected));
        }
        if (model != null && response.statusCode() >= 400) {
            // A refusal leaves the model, its settings and its running instance exactly as they were.
            assertThat(repositoryService.createDeploymentQuery().deploymentId(model.deploymentId()).count()).isOne();
            ProcessDefinition definition = repositoryService.getProcessDefinition(model.definitionId());
            assertThat(definition.getHistoryTimeToLive()).isEqualTo(30);
            assertThat(definition.isSuspended()).isFalse();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(model.instanceId()).active().count()).isOne();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(model.instanceId()).singleResult()
                    .getProcessDefinitionId()).isEqualTo(model.definitionId());
            assertThat(managementService.createBatchQuery().count()).isEqualTo(batches);
            assertThat(managementService.createJobDefinitionQuery().processDefinitionId(model.definitionId()).suspended().count()).isZero();
        }
    }

    private String resolve(String text) {
        String resolved = text.replace("{case}", reference).replace("{instance}", processInstanceId)
                .replace("{today}", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        if (model != null) {
            resolved = resolved.replace("{modelKey}", model.key()).replace("{modelDeployment}", model.deploymentId())
                    .replace("{modelDefinition}", model.definitionId()).replace("{modelInstance}", model.instanceId());
        }
        return resolved;
    }

    /** The body each operation needs, so that a refusal is about the caller, not the request. */
    private String body(String target) {
        if (target.endsWith("/api/cases")) {
            return ThreatReports.valid("mission-alpha");
        }
        if (target.contains("/api/migrations/")) {
            return "{\"fromVersion\": 1}";
        }
        if (target.endsWith("/history-time-to-live")) {
            return "{\"historyTimeToLive\": 0}";
        }
        if (target.endsWith("/job-definition/suspended")) {
            return "{\"processDefinitionKey\": \"" + model.key() + "\", \"suspended\": true}";
        }
        if (target.endsWith("/suspended")) {
            return "{\"suspended\": true, \"includeProcessInstances\": true}";
        }
        if (target.endsWith("/migration/generate")) {
            return "{\"sourceProcessDefinitionId\": \"" + model.definitionId() + "\", \"targetProcessDefinitionId\": \""
                    + model.definitionId() + "\"}";
        }
        if (target.endsWith("/migration/execute")) {
            return EngineOperationsTests.migration(model.definitionId(), model.definitionId(), model.instanceId());
        }
        if (target.endsWith("/process-instance/delete")) {
            return "{\"processInstanceIds\": [\"" + model.instanceId() + "\"], \"deleteReason\": \"role matrix\"}";
        }
        if (target.endsWith("/modification")) {
            return "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_Wait\"}]}";
        }
        return "{\"reason\": \"Checking the role matrix of the mission\"}";
    }

    private static String cleanModel() {
        String id = "Matrix_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_Matrix\" targetNamespace=\"t\">"
                + "<bpmn:process id=\"" + id + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">"
                + "<bpmn:startEvent id=\"StartEvent_Go\"/></bpmn:process></bpmn:definitions>";
    }
}
