package org.hrdcasework.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.Database;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.TaskDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/MissionReport.bpmn: compile, review (approve, recompile, refused commentary), send, acknowledge. */
class MissionReportProcessTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TaskDriver tasks;

    @Test
    void anApprovedReportIsSentToHeadquartersAndAcknowledged() throws Exception {
        String reference = request("supervisor.alpha", "mission-alpha");
        ProcessInstance report = instance(reference);
        assertThat(reference).matches("ALPHA-RPT-\\d{4}");
        assertThat(report).hasPassed(ReportProcesses.TASK_COMPILE_REPORT).isWaitingAt(ReportProcesses.TASK_REVIEW);
        assertThat(report).task().hasCandidateGroup("supervisors");
        Task review = tasks.task(reference, ReportProcesses.TASK_REVIEW);
        assertThat(review.getTenantId()).isEqualTo("mission-alpha");
        assertThat(review.getDueDate().toInstant()).isEqualTo(review.getCreateTime().toInstant().plus(Duration.ofDays(3)));
        assertThat(row(reference)).containsEntry("status", "COMPILED").containsEntry("kind", "ON_DEMAND")
                .containsEntry("requested_by", "supervisor.alpha").containsEntry("process_instance_id", report.getId());

        String commentary = "Commentary canary " + UUID.randomUUID();
        tasks.complete(reference, ReportProcesses.TASK_REVIEW, "supervisor.alpha",
                Map.of("reviewDecision", "APPROVE", "sensitive_reportCommentary", commentary));

        assertThat(report).hasPassed(ReportProcesses.TASK_SEND).isWaitingAt(ReportProcesses.TASK_ACKNOWLEDGE);
        assertThat(report).task().hasCandidateGroup("headquarters");
        Task acknowledge = tasks.task(reference, ReportProcesses.TASK_ACKNOWLEDGE);
        assertThat(acknowledge.getDueDate().toInstant()).isEqualTo(acknowledge.getCreateTime().toInstant().plus(Duration.ofDays(10)));
        Map<String, Object> sent = row(reference);
        assertThat(sent).containsEntry("status", "SENT").containsEntry("approved_by", "supervisor.alpha");
        assertThat(sent.get("approved_at")).isNotNull();
        assertThat(sent.get("sent_at")).isNotNull();
        assertThat(new Database(jdbc).count("SELECT count(*) FROM casework.audit_event WHERE event_type = 'EXPORT' "
                + "AND case_reference = ? AND actor = 'supervisor.alpha' AND mission_id = 'mission-alpha'", reference)).isOne();

        assertThatThrownBy(() -> tasks.complete(reference, ReportProcesses.TASK_ACKNOWLEDGE, "hq.desk", Map.of("acknowledged", false)))
                .hasMessageContaining("acknowledged");
        String feedback = "Feedback canary " + UUID.randomUUID();
        tasks.complete(reference, ReportProcesses.TASK_ACKNOWLEDGE, "hq.desk",
                Map.of("acknowledged", true, "sensitive_headquartersFeedback", feedback));

        assertThat(report).hasPassed(ReportProcesses.END_REPORT_ACKNOWLEDGED).isEnded();
        assertThat(row(reference)).containsEntry("acknowledged_by", "hq.desk");
        assertThat(new Database(jdbc).plaintextHits(List.of(commentary, feedback))).isEmpty();

        // The right people read the commentary and the feedback back, decrypted, with the report.
        for (String user : List.of("supervisor.alpha", "hq.desk")) {
            JsonNode view = JSON.readTree(ok(http.get("/api/reports/" + reference, user)).body());
            assertThat(view.path("status").asText()).isEqualTo("SENT");
            assertThat(view.path("records").toString()).contains(commentary).contains(feedback);
        }
    }

    @Test
    void aRecompiledReportGetsNewFiguresAndIsThenApproved() throws Exception {
        String reference = request("ambassador.alpha", "mission-alpha");
        ProcessInstance report = instance(reference);
        Object firstCompilation = row(reference).get("compiled_at");

        tasks.complete(reference, ReportProcesses.TASK_REVIEW, "supervisor.alpha", Map.of("reviewDecision", "RECOMPILE"));

        assertThat(report).isWaitingAt(ReportProcesses.TASK_REVIEW);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(report.getId())
                .activityId(ReportProcesses.TASK_COMPILE_REPORT).count()).isEqualTo(2);
        Map<String, Object> recompiled = row(reference);
        assertThat(recompiled).containsEntry("status", "COMPILED");
        assertThat(recompiled.get("compiled_at")).isNotEqualTo(firstCompilation);
        assertThat(new Database(jdbc).count("SELECT count(*) FROM casework.mission_report WHERE reference = ?", reference)).isOne();

        tasks.complete(reference, ReportProcesses.TASK_REVIEW, "supervisor.alpha", Map.of("reviewDecision", "APPROVE"));
        assertThat(report).hasPassed(ReportProcesses.TASK_SEND).isWaitingAt(ReportProcesses.TASK_ACKNOWLEDGE);
        assertThat(row(reference)).containsEntry("status", "SENT");
    }

    @Test
    void aCommentaryNamingADefenderIsRefusedAndTheReviewStaysOpen() throws Exception {
        String name = "Refusal Canary " + UUID.randomUUID().toString().substring(0, 8);
        ok(http.postJson("/api/cases", "officer.alpha", """
                {"mission":"mission-alpha","defender":{"fullName":"%s"},
                 "threat":{"type":"ARREST","description":"Held overnight","occurredOn":"%s"},"channel":"WALK_IN"}"""
                .formatted(name, LocalDate.now(ZoneOffset.UTC))), 201);
        String reference = request("supervisor.alpha", "mission-alpha");
        ProcessInstance report = instance(reference);

        assertThatThrownBy(() -> tasks.complete(reference, ReportProcesses.TASK_REVIEW, "supervisor.alpha",
                Map.of("reviewDecision", "APPROVE", "sensitive_reportCommentary", "Pressure on " + name + " grew this month")))
                .hasMessageContaining("sensitive_reportCommentary");

        assertThat(report).isWaitingAt(ReportProcesses.TASK_REVIEW);
        assertThat(row(reference)).containsEntry("status", "COMPILED");
        assertThat(row(reference).get("approved_by")).isNull();
        assertThat(new Database(jdbc).count("SELECT count(*) FROM casework.task_record WHERE duty_reference = ?", reference)).isZero();
        assertThat(new Database(jdbc).count("SELECT count(*) FROM casework.audit_event WHERE event_type = 'EXPORT' "
                + "AND case_reference = ?", reference)).isZero();

        // Through the engine's REST API, as Tasklist submits the form: refused, naming the field.
        String taskId = tasks.task(reference, ReportProcesses.TASK_REVIEW).getId();
        HttpResponse<String> refused = http.postJson("/engine-rest/task/" + taskId + "/submit-form", "supervisor.alpha", """
                {"variables":{"reviewDecision":{"value":"APPROVE"},"sensitive_reportCommentary":{"value":"About %s"}}}"""
                .formatted(name));
        // A refusal by our rules is bad input: 400 in the engine REST's error shape, naming the field.
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"sensitive_reportCommentary\"").doesNotContain(name);
        assertThat(report).isWaitingAt(ReportProcesses.TASK_REVIEW);

        tasks.complete(reference, ReportProcesses.TASK_REVIEW, "supervisor.alpha", Map.of("reviewDecision", "APPROVE",
                "sensitive_reportCommentary", "Pressure on the defenders of the capital grew this month"));
        assertThat(report).isWaitingAt(ReportProcesses.TASK_ACKNOWLEDGE);
    }

    @Test
    void anInvalidDecisionIsRefused() {
        String reference = request("supervisor.alpha", "mission-alpha");
        assertThatThrownBy(() -> tasks.complete(reference, ReportProcesses.TASK_REVIEW, "supervisor.alpha",
                Map.of("reviewDecision", "MAYBE"))).hasMessageContaining("reviewDecision");
        assertThat(instance(reference)).isWaitingAt(ReportProcesses.TASK_REVIEW);
    }

    @Test
    void badRequestsNameTheFieldAndWriteNothing() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long before = reports();
        assertRefused(400, "supervisor.alpha", body("mission-alpha", today, today.minusDays(1)), "from");
        assertRefused(400, "supervisor.alpha", body("mission-alpha", today, today.plusDays(1)), "to");
        assertRefused(400, "supervisor.alpha", body("mission-alpha", today.minusDays(366), today), "to");
        assertRefused(400, "supervisor.alpha", "{\"from\":\"" + today + "\",\"to\":\"" + today + "\"}", "mission");
        assertRefused(400, "supervisor.alpha", "{\"mission\":\"mission-alpha\",\"to\":\"" + today + "\"}", "from");
        assertRefused(400, "supervisor.alpha", "{\"mission\":\"mission-alpha\",\"from\":\"2026-13-01\",\"to\":\"" + today + "\"}", "from");
        assertRefused(403, "officer.alpha", body("mission-alpha", today, today), "mission");
        assertRefused(403, "supervisor.alpha", body("mission-beta", today, today), "mission");
        assertThat(reports()).isEqualTo(before);

        // 366 days is the longest period.
        assertThat(http.postJson("/api/reports", "supervisor.alpha", body("mission-alpha", today.minusDays(365), today))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void anotherMissionsStaffCannotSeeTheReport() {
        String reference = request("supervisor.alpha", "mission-alpha");
        for (String path : List.of("/api/reports/" + reference, "/api/reports/" + reference + ".csv",
                "/api/reports/" + reference + "/document")) {
            assertThat(http.get(path, "officer.beta").statusCode()).as(path).isEqualTo(404);
            assertThat(http.get(path, "designer").statusCode()).as(path).isEqualTo(404);
            assertThat(http.get(path, "officer.alpha").statusCode()).as(path).isEqualTo(200);
        }
        assertThat(taskCount(reference, "officer.beta", "mission-beta")).isZero();
    }

    private long taskCount(String reference, String user, String mission) {
        processEngine.getIdentityService().setAuthentication(user, List.of("case-officers"), List.of(mission));
        try {
            return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).count();
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }

    private String request(String user, String mission) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> created = ok(http.postJson("/api/reports", user, body(mission, today.minusDays(30), today)), 201);
        try {
            return JSON.readTree(created.body()).path("reference").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(String mission, LocalDate from, LocalDate to) {
        return "{\"mission\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}".formatted(mission, from, to);
    }

    private void assertRefused(int status, String user, String body, String field) throws Exception {
        HttpResponse<String> response = http.postJson("/api/reports", user, body);
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).path("errors").get(0).path("field").asText()).as(body).isEqualTo(field);
    }

    private long reports() {
        return new Database(jdbc).count("SELECT count(*) FROM casework.mission_report WHERE mission_id IN ('mission-alpha', 'mission-beta')");
    }

    private ProcessInstance instance(String reference) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportProcesses.MISSION_REPORT)
                .processInstanceBusinessKey(reference).singleResult();
    }

    private Map<String, Object> row(String reference) {
        return jdbc.queryForMap("SELECT kind, status, requested_by, approved_by, approved_at, sent_at, acknowledged_by, "
                + "compiled_at, process_instance_id FROM casework.mission_report WHERE reference = ?", reference);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        return ok(response, 200);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }
}
