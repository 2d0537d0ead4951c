package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
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
 */
@CaseworkIntegrationTest
class RoleMatrixTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    Http http;
    String reference;
    String processInstanceId;

    @BeforeEach
    void fileAlphaCase() throws Exception {
        http = new Http(port);
        HttpResponse<String> filed = http.postJson("/api/cases", "officer.alpha", ThreatReports.valid("mission-alpha"));
        reference = JSON.readTree(filed.body()).get("reference").asText();
        processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKey("CaseOfConcern").singleResult().getId();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvFileSource(resources = "/role-matrix.csv", numLinesToSkip = 1, delimiter = '|')
    void eachRoleGetsWhatTheMatrixSays(String user, String method, String path, String expected) throws Exception {
        String caller = "anonymous".equals(user) ? null : user;
        String target = path.replace("{case}", reference).replace("{instance}", processInstanceId)
                .replace("{today}", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        HttpResponse<String> response = switch (method) {
            case "GET" -> http.get(target, caller);
            case "POST" -> http.postJson(target, caller, target.endsWith("/api/cases") ? ThreatReports.valid("mission-alpha")
                    : "{\"reason\": \"Checking the role matrix of the mission\"}");
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
    }

    private static String cleanModel() {
        String id = "Matrix_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_Matrix\" targetNamespace=\"t\">"
                + "<bpmn:process id=\"" + id + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">"
                + "<bpmn:startEvent id=\"StartEvent_Go\"/></bpmn:process></bpmn:definitions>";
    }
}
