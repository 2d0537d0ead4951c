package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.ThreatReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page of another site cannot make a browser that holds a login change anything: state-changing
 * requests to {@code /engine-rest} and {@code /api} with a foreign {@code Origin} or a
 * {@code Sec-Fetch-Site} of another site are refused before anything runs; clients that are not
 * browsers (curl, Camunda Modeler) and same-origin pages still work. The webapps keep their CSRF token.
 */
class CrossSiteRequestTests extends ProcessTestSupport {

    @Autowired
    RepositoryService repositoryService;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "Origin, https://evil.example",
            "Origin, null",
            "Origin, http://localhost:1",
            "Sec-Fetch-Site, cross-site",
            "Sec-Fetch-Site, same-site",
    })
    void crossSiteDeploymentByAnAdministratorIsRefusedAndDeploysNothing(String header, String value) throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        HttpResponse<String> response = deploy(header, value);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("\"field\":\"" + header + "\"").doesNotContain("example").doesNotContain("localhost");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void sameOriginAndNonBrowserDeploymentsStillWork() throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        assertThat(deploy(null, null).statusCode()).isEqualTo(200);
        assertThat(deploy("Origin", "http://localhost:" + port).statusCode()).isEqualTo(200);
        assertThat(deploy("Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(200);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before + 3);
    }

    @Test
    void crossSiteReadsAreNotRefused() {
        HttpResponse<String> response = http.send(http.request("/engine-rest/process-definition/count", "admin")
                .header("Sec-Fetch-Site", "cross-site").GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void crossSiteDeletesAndUpdatesOnTheEngineAreRefused() {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("CaseOfConcern").latestVersion()
                .singleResult().getId();
        HttpResponse<String> ttl = http.send(http.request("/engine-rest/process-definition/" + definitionId + "/history-time-to-live",
                "admin").header("Origin", "https://evil.example").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"historyTimeToLive\": 0}")).build());
        assertThat(ttl.statusCode()).isEqualTo(403);
        HttpResponse<String> delete = http.send(http.request("/engine-rest/deployment/no-such-deployment", "admin")
                .header("Sec-Fetch-Site", "cross-site").DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(repositoryService.getProcessDefinition(definitionId).getHistoryTimeToLive()).isNotZero();
    }

    @Test
    void ourApiRefusesSecFetchSiteOfAnotherSiteAndWritesNothing() {
        long before = jdbc.queryForObject("SELECT count(*) FROM casework.case_file", Long.class);
        HttpResponse<String> response = http.send(http.request("/api/cases", "officer.alpha")
                .header("Content-Type", "application/json").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(ThreatReports.valid("mission-alpha"))).build());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"field\":\"Sec-Fetch-Site\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.case_file", Long.class)).isEqualTo(before);
    }

    @Test
    void webappApiStillRequiresItsCsrfToken() {
        String countInstances = "/camunda/api/engine/engine/default/process-instance/count";
        String[] session = cockpitSession();
        HttpResponse<String> withToken = http.send(http.request(countInstances, null).header("Cookie", session[0])
                .header("X-XSRF-TOKEN", session[1]).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(withToken.statusCode()).as("the session works").isEqualTo(200);
        HttpResponse<String> postWithoutToken = http.send(http.request(countInstances, null).header("Cookie", session[0])
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(postWithoutToken.statusCode()).isEqualTo(403);

        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("CaseOfConcern").latestVersion()
                .singleResult().getId();
        HttpResponse<String> putWithoutToken = http.send(http.request("/camunda/api/engine/engine/default/process-definition/"
                        + definitionId + "/suspended", null).header("Cookie", cockpitSession()[0]).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"suspended\": true, \"includeProcessInstances\": false}")).build());
        assertThat(putWithoutToken.statusCode()).isEqualTo(403);
        assertThat(repositoryService.getProcessDefinition(definitionId).isSuspended()).isFalse();
    }

    /** An administrator's Cockpit session as the browser holds it after loading a page: cookies and CSRF token. */
    private String[] cockpitSession() {
        WebappSession cockpit = WebappSession.login(http, "admin", "cockpit");
        return new String[] {cockpit.cookies(), cockpit.csrfToken()};
    }

    private HttpResponse<String> deploy(String header, String value) {
        String key = "CrossSite_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_CrossSite\" targetNamespace=\"t\">"
                + "<bpmn:process id=\"" + key + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">"
                + "<bpmn:startEvent id=\"StartEvent_Go\"/></bpmn:process></bpmn:definitions>";
        String boundary = "----modeler" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nprobe\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + key + ".bpmn\"; filename=\"" + key + ".bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request = http.request("/engine-rest/deployment/create", "admin")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (header != null) {
            request.header(header, value);
        }
        return http.send(request.build());
    }
}
