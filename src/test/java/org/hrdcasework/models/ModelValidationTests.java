package org.hrdcasework.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Designers validate model files before deploying them; the verdict lists problems in plain language. */
@CaseworkIntegrationTest
class ModelValidationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theProjectsOwnModelsAreValid() throws Exception {
        String boundary = "----validate" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        for (String file : new String[] {"processes/CaseOfConcern.bpmn", "forms/VerifyReport.form", "forms/AssessRisk.form",
                "forms/RecordConsent.form", "forms/PlanActions.form", "forms/ReviewCase.form", "forms/InterimReview.form",
                "forms/ConfirmPlanChanges.form"}) {
            body.append(part(boundary, Path.of(file)));
        }
        body.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> response = http.post("/api/models/validation", "designer", "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("valid").asBoolean()).isTrue();
    }

    @Test
    void aModelMissingItsFormsIsReportedInPlainLanguage() throws Exception {
        String boundary = "----validate" + UUID.randomUUID();
        String body = part(boundary, Path.of("processes/CaseOfConcern.bpmn")) + "--" + boundary + "--\r\n";
        HttpResponse<String> response = http.post("/api/models/validation", "designer", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
        JsonNode verdict = JSON.readTree(response.body());
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("problems").toString()).contains("refers to form 'VerifyReport', which is not in this deployment");
        assertThat(http.post("/api/models/validation", "officer.alpha", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
    }

    private static String part(String boundary, Path file) throws Exception {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + Files.readString(file) + "\r\n";
    }
}
