package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.hrdcasework.ThreatReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every surface refuses anonymous callers; the engine applies mission (tenant) isolation to what it returns. */
@CaseworkIntegrationTest
class SecurityConfigurationTests {

    private final ObjectMapper json = new ObjectMapper();
    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @ParameterizedTest(name = "{0} {1} -> 401")
    @CsvSource({
            "GET,  /api/cases",
            "POST, /api/cases",
            "GET,  /api/cases/ALPHA-2026-0001",
            "GET,  /engine-rest/task",
            "GET,  /engine-rest/process-definition",
            "GET,  /engine-rest/process-instance",
            "GET,  /engine-rest/user",
            "GET,  /engine-rest/history/variable-instance",
            "POST, /engine-rest/deployment/create",
            "POST, /engine-rest/process-definition/key/CaseOfConcern/start",
            "GET,  /camunda/api/engine/engine/default/task",
            "GET,  /camunda/api/engine/engine/default/process-instance",
            "GET,  /camunda/api/engine/engine/default/user",
            "GET,  /camunda/api/engine/engine/default/history/variable-instance",
            "GET,  /camunda/api/cockpit/plugin/base/default/process-definition/statistics",
            "GET,  /camunda/api/admin/auth/user/default",
            "POST, /camunda/api/admin/auth/user/default/login/tasklist",
    })
    void anonymousApiRequestsAreRefusedWithAProblemAndNoChallenge(String method, String path) throws Exception {
        HttpRequest.Builder request = http.request(path, null);
        request = method.equals("POST")
                ? request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                : request.GET();
        HttpResponse<String> response = http.send(request.build());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(json.readTree(response.body()).get("errors").get(0).get("message").asText()).contains("sign in");
    }

    @ParameterizedTest(name = "GET {0} -> sign-in page")
    @CsvSource({"/", "/escalations", "/cases/ALPHA-2026-0001", "/camunda/app/tasklist/default/", "/camunda/app/",
            "/camunda/", "/actuator/env", "/actuator/metrics", "/some/unknown/path"})
    void anonymousPagesAndEverythingElseGoToTheSignInPage(String path) {
        HttpResponse<String> response = http.get(path, null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void webappApisRefuseWithoutABasicAuthChallengeSoBrowsersShowTheLoginPage() {
        HttpResponse<String> response = http.get("/camunda/api/engine/engine/default/task", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void healthIsTheOnlyAnonymousEndpointAndShowsNoDetails() throws Exception {
        HttpResponse<String> health = http.get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.has("components")).isFalse();
        assertThat(body.has("details")).isFalse();
    }

    @Test
    void wrongPasswordIsRefusedOnEveryBasicSurface() {
        // Failed logins lock the account for a while: use a user that no other test logs in as.
        for (String path : List.of("/api/cases/ALPHA-2026-0001", "/engine-rest/task")) {
            HttpResponse<String> response = http.send(http.request(path, null)
                    .header("Authorization", Http.basic("ambassador.alpha", "wrong-password")).GET().build());
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
        }
        // Wrong passwords lock the account for a while; other tests log in as this user.
        identityService.unlockUser("ambassador.alpha");
    }

    @Test
    void engineRestShowsTasksAndInstancesOnlyToTheirMission() throws Exception {
        String reference = fileCase("mission-alpha");

        assertThat(taskBusinessKeysVisibleTo("officer.alpha")).contains(reference);
        assertThat(taskBusinessKeysVisibleTo("hq.desk")).contains(reference);
        assertThat(taskBusinessKeysVisibleTo("officer.beta")).doesNotContain(reference);
        assertThat(taskBusinessKeysVisibleTo("designer")).doesNotContain(reference);

        assertThat(instanceBusinessKeysVisibleTo("supervisor.alpha")).contains(reference);
        assertThat(instanceBusinessKeysVisibleTo("officer.beta")).doesNotContain(reference);
        assertThat(instanceBusinessKeysVisibleTo("designer")).doesNotContain(reference);
    }

    @Test
    void officersCannotDeployThroughTheEngineRestApi() {
        String boundary = "----hrd";
        String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "targetNamespace=\"t\"><process id=\"Sneaky\" isExecutable=\"true\"><startEvent id=\"StartEvent_S\"/>"
                + "</process></definitions>";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nsneaky\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"Sneaky.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = http.post("/engine-rest/deployment/create", "officer.alpha",
                "multipart/form-data; boundary=" + boundary, body.getBytes());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void tasklistLoginShowsTheVerifyTaskWithItsFormToTheMissionOnly() throws Exception {
        String reference = fileCase("mission-alpha");

        WebappSession alpha = WebappSession.login(http, "officer.alpha", "tasklist");
        JsonNode alphaTasks = json.readTree(alpha.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + reference).body());
        assertThat(alphaTasks).hasSize(1);
        assertThat(alphaTasks.get(0).get("name").asText()).isEqualTo("Verify report");
        HttpResponse<String> form = alpha.get("/camunda/api/engine/engine/default/task/"
                + alphaTasks.get(0).get("id").asText() + "/deployed-form");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(json.readTree(form.body()).get("id").asText()).isEqualTo("VerifyReport");

        WebappSession beta = WebappSession.login(http, "officer.beta", "tasklist");
        assertThat(json.readTree(beta.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + reference).body()))
                .isEmpty();
    }

    @Test
    void signInWithAWrongPasswordOpensNoWebapp() {
        WebappSession.Attempt attempt = WebappSession.attemptLogin(http, "nobody.known", "nope", "tasklist");
        assertThat(attempt.response().statusCode()).isEqualTo(302);
        assertThat(attempt.response().headers().firstValue("Location").orElseThrow()).endsWith("/login?error=credentials");
        HttpResponse<String> tasklist = http.send(http.request("/camunda/api/engine/engine/default/task", null)
                .header("Cookie", attempt.cookies()).GET().build());
        assertThat(tasklist.statusCode()).isEqualTo(401);
    }

    private String fileCase(String mission) throws Exception {
        HttpResponse<String> created = http.postJson("/api/cases", "officer.alpha", ThreatReports.valid(mission));
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("reference").asText();
    }

    private List<String> taskBusinessKeysVisibleTo(String user) throws Exception {
        HttpResponse<String> tasks = http.get("/engine-rest/task?processDefinitionKey=CaseOfConcern", user);
        assertThat(tasks.statusCode()).isEqualTo(200);
        return json.readTree(tasks.body()).findValuesAsText("processInstanceId").stream()
                .map(id -> businessKeyOf(id)).flatMap(Optional::stream).toList();
    }

    private List<String> instanceBusinessKeysVisibleTo(String user) throws Exception {
        HttpResponse<String> instances = http.get("/engine-rest/process-instance?processDefinitionKey=CaseOfConcern", user);
        assertThat(instances.statusCode()).isEqualTo(200);
        return json.readTree(instances.body()).findValuesAsText("businessKey");
    }

    /** Looked up as the administrator, who sees all missions. */
    private Optional<String> businessKeyOf(String processInstanceId) {
        try {
            HttpResponse<String> instance = http.send(http.request("/engine-rest/process-instance/" + processInstanceId, null)
                    .header("Authorization", Http.basic("admin", Http.DEMO_PASSWORD)).GET().build());
            return instance.statusCode() == 200
                    ? Optional.of(json.readTree(instance.body()).get("businessKey").asText()) : Optional.empty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
