package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hostile insider completes or changes an Alpha task with variables the form does not have
 * (another mission's ids, routing facts) or values the form cannot produce, through every door of
 * the engine REST API and of the webapps' engine API that Tasklist uses. Each attempt is a 400
 * naming the field, and nothing is written: the task stays open, the instance's variables are
 * unchanged, no task record is stored.
 */
class TaskInputGuardTests extends ProcessTestSupport {

    private static final String ENGINE_REST = "/engine-rest";
    private static final String WEBAPP_API = "/camunda/api/engine/engine/default";
    private static final String LEGIT = "\"isDefender\":{\"value\":\"YES\"},\"linkedToHumanRightsWork\":{\"value\":\"YES\"}";

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    TaskService taskService;

    /** A forged variable, the field the answer must name, what the answer must say, and the value it must not echo. */
    record Forgery(String variables, String field, String reason, String secret) {
    }

    static Stream<Forgery> forgeries() {
        return Stream.of(
                new Forgery(LEGIT + ",\"missionId\":{\"value\":\"mission-beta\"}", "missionId", "is not a field of this task's form", "mission-beta"),
                new Forgery(LEGIT + ",\"caseReference\":{\"value\":\"BETA-2026-0001\"}", "caseReference", "is not a field of this task's form", "BETA-2026-0001"),
                new Forgery(LEGIT + ",\"dutyReference\":{\"value\":\"BETA-SHR-0001\"}", "dutyReference", "is not a field of this task's form", "BETA-SHR-0001"),
                new Forgery(LEGIT + ",\"caseId\":{\"value\":\"0b7d7a55-1111-4222-8333-944445555666\"}", "caseId", "is not a field of this task's form",
                        "0b7d7a55-1111"),
                new Forgery(LEGIT + ",\"notOnTheForm\":{\"value\":\"hidden payload\"}", "notOnTheForm", "is not a field of this task's form", "hidden payload"),
                new Forgery("\"isDefender\":{\"value\":\"MAYBE-SO\"},\"linkedToHumanRightsWork\":{\"value\":\"YES\"}", "isDefender",
                        "must be one of the form's options", "MAYBE-SO"),
                new Forgery("\"isDefender\":{\"value\":true,\"type\":\"Boolean\"},\"linkedToHumanRightsWork\":{\"value\":\"YES\"}",
                        "isDefender", "must be one of the form's options", "true"),
                new Forgery("\"isDefender\":{\"value\":\"YES\"},\"linkedToHumanRightsWork\":{\"value\":\"YES\"},"
                        + "\"duplicateOfReference\":{\"value\":\"" + "ALPHA-2026-0001".repeat(3) + "\"}", "duplicateOfReference",
                        "must be at most 40 characters", "ALPHA-2026-0001"),
                new Forgery("\"isDefender\":{\"value\":\"YES\"},\"linkedToHumanRightsWork\":{\"value\":\"YES\"},"
                        + "\"duplicateOfReference\":{\"value\":\"no such thing\"}", "duplicateOfReference",
                        "does not have the required format", "no such thing"),
                new Forgery("\"isDefender\":{\"value\":\"YES\"},\"linkedToHumanRightsWork\":{\"value\":\"YES\"},"
                        + "\"duplicateOfReference\":{\"value\":\"rO0ABXQABGV2aWw=\",\"type\":\"Object\",\"valueInfo\":"
                        + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}",
                        "duplicateOfReference", "is not a value this form can submit", "rO0AB"));
    }

    static Stream<Arguments> completions() {
        return Stream.of(ENGINE_REST, WEBAPP_API).flatMap(api -> Stream.of("complete", "submit-form", "resolve")
                .flatMap(endpoint -> forgeries().map(forgery -> Arguments.of(api, endpoint, forgery))));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("completions")
    void aCompletionWithAnythingButTheFormsFieldsIsRefusedAndNothingIsWritten(String api, String endpoint, Forgery forgery)
            throws Exception {
        Alpha alpha = alphaCaseAtVerification();

        HttpResponse<String> response = send(api, "officer.alpha", "POST", "/task/" + alpha.taskId() + "/" + endpoint,
                "{\"variables\":{" + forgery.variables() + "}}");

        assertRefused(response, forgery.field(), forgery.reason(), forgery.secret());
        alpha.assertUntouched();
    }

    static Stream<Arguments> variableWrites() {
        return Stream.of(ENGINE_REST, WEBAPP_API).flatMap(api -> Stream.of(
                Arguments.of(api, "PUT", "/task/{task}/variables/missionId", "{\"value\":\"mission-beta\"}", "missionId"),
                Arguments.of(api, "POST", "/task/{task}/variables", "{\"modifications\":{\"caseReference\":{\"value\":\"BETA-2026-0001\"}}}",
                        "caseReference"),
                Arguments.of(api, "POST", "/task/{task}/variables", "{\"deletions\":[\"caseId\"]}", "caseId"),
                Arguments.of(api, "DELETE", "/task/{task}/variables/caseId", null, "caseId"),
                Arguments.of(api, "PUT", "/task/{task}/localVariables/dutyReference", "{\"value\":\"BETA-SHR-0001\"}", "dutyReference"),
                Arguments.of(api, "POST", "/task/{task}/localVariables", "{\"modifications\":{\"missionId\":{\"value\":\"mission-beta\"}}}",
                        "missionId"),
                Arguments.of(api, "DELETE", "/task/{task}/localVariables/missionId", null, "missionId"),
                Arguments.of(api, "PUT", "/process-instance/{instance}/variables/missionId", "{\"value\":\"mission-beta\"}", "missionId"),
                Arguments.of(api, "POST", "/process-instance/{instance}/variables",
                        "{\"modifications\":{\"caseId\":{\"value\":\"0b7d7a55-1111-4222-8333-944445555666\"}}}", "caseId"),
                Arguments.of(api, "DELETE", "/process-instance/{instance}/variables/caseId", null, "caseId"),
                Arguments.of(api, "PUT", "/execution/{execution}/localVariables/missionId", "{\"value\":\"mission-beta\"}", "missionId"),
                Arguments.of(api, "POST", "/execution/{execution}/localVariables",
                        "{\"modifications\":{\"caseReference\":{\"value\":\"BETA-2026-0001\"}}}", "caseReference"),
                Arguments.of(api, "DELETE", "/execution/{execution}/localVariables/caseId", null, "caseId")));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("variableWrites")
    void variablesCannotBeSetOrRemovedDirectlyEvenByAnAdministrator(String api, String method, String path, String body, String field)
            throws Exception {
        Alpha alpha = alphaCaseAtVerification();
        for (String user : List.of("officer.alpha", "supervisor.alpha", "admin")) {
            HttpResponse<String> response = send(api, user, method, alpha.resolve(path), body);

            assertRefused(response, field, "variables are set only by completing a task's form", "mission-beta");
            alpha.assertUntouched();
        }
    }

    static Stream<Arguments> otherDoors() {
        String missionBeta = "{\"missionId\":{\"value\":\"mission-beta\"}}";
        return Stream.of(ENGINE_REST, WEBAPP_API).flatMap(api -> Stream.of(
                Arguments.of(api, "/message", "{\"messageName\":\"Msg_Any\",\"businessKey\":\"{reference}\",\"processVariables\":"
                        + missionBeta + "}"),
                Arguments.of(api, "/message", "{\"messageName\":\"Msg_Any\",\"businessKey\":\"{reference}\",\"processVariablesLocal\":"
                        + missionBeta + "}"),
                Arguments.of(api, "/process-definition/key/CaseOfConcern/start", "{\"variables\":" + missionBeta + "}"),
                Arguments.of(api, "/process-definition/key/CaseOfConcern/submit-form", "{\"variables\":" + missionBeta + "}"),
                Arguments.of(api, "/signal", "{\"name\":\"Signal_Any\",\"variables\":" + missionBeta + "}"),
                Arguments.of(api, "/condition", "{\"variables\":" + missionBeta + "}"),
                Arguments.of(api, "/process-instance/{instance}/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\","
                        + "\"activityId\":\"Task_VerifyReport\",\"variables\":{\"missionId\":{\"value\":\"mission-beta\",\"local\":false}}}]}"),
                Arguments.of(api, "/process-instance/variables-async", "{\"processInstanceIds\":[\"{instance}\"],\"variables\":"
                        + missionBeta + "}"),
                Arguments.of(api, "/execution/{execution}/signal", "{\"variables\":" + missionBeta + "}"),
                Arguments.of(api, "/execution/{execution}/messageSubscriptions/Msg_Any/trigger", "{\"variables\":" + missionBeta + "}"),
                Arguments.of(api, "/task/{task}/bpmnError", "{\"errorCode\":\"Any\",\"variables\":" + missionBeta + "}"),
                Arguments.of(api, "/task/{task}/bpmnEscalation", "{\"escalationCode\":\"Any\",\"variables\":" + missionBeta + "}")));
    }

    @ParameterizedTest(name = "{0} POST {1}")
    @MethodSource("otherDoors")
    void noOtherCommandCarriesVariablesIntoAnInstance(String api, String path, String body) throws Exception {
        Alpha alpha = alphaCaseAtVerification();
        long instances = runtimeService.createProcessInstanceQuery().count();

        HttpResponse<String> response = send(api, "admin", "POST", alpha.resolve(path), alpha.resolve(body));

        assertRefused(response, "missionId", "variables are set only by completing a task's form", "mission-beta");
        alpha.assertUntouched();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @ParameterizedTest(name = "{0} POST {1}")
    @MethodSource("starts")
    void noPersonStartsAnInstanceEvenWithoutVariables(String api, String path) throws Exception {
        long instances = runtimeService.createProcessInstanceQuery().count();

        HttpResponse<String> response = send(api, "admin", "POST", path, "{}");

        assertRefused(response, "processDefinition", "processes are started only through the product's API, which sets their mission",
                "mission-");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    static Stream<Arguments> starts() {
        return Stream.of(ENGINE_REST, WEBAPP_API).flatMap(api -> Stream.of(
                Arguments.of(api, "/process-definition/key/CaseOfConcern/start"),
                Arguments.of(api, "/process-definition/key/CaseOfConcern/submit-form")));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("comments")
    void noCommentIsTakenBecauseTheEngineWouldKeepItInClear(String api, String method, String path, String body) throws Exception {
        Alpha alpha = alphaCaseAtVerification();
        String note = "Met Jane Example at her home " + UUID.randomUUID();

        // Supervisors read the task, so the engine REST would take their comment on it.
        HttpResponse<String> response = send(api, "supervisor.alpha", method, alpha.resolve(path),
                alpha.resolve(body).replace("{note}", note));

        assertRefused(response, "message", "comments are not kept (the engine would store them in clear); "
                + "write notes in the task's form, where they are stored encrypted", "Jane Example");
        alpha.assertUntouched();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM act_hi_comment WHERE task_id_ = ? OR proc_inst_id_ = ?", Long.class,
                alpha.taskId, alpha.instanceId)).isZero();
    }

    @Test
    void noOneRewritesATasksNameOrDescriptionOrCreatesAStandaloneTask() throws Exception {
        Alpha alpha = alphaCaseAtVerification();
        Task before = taskService.createTaskQuery().taskId(alpha.taskId).singleResult();
        String stored = "\"tenantId\":\"mission-alpha\",\"name\":" + json.writeValueAsString(before.getName())
                + ",\"description\":" + json.writeValueAsString(before.getDescription());

        for (String api : List.of(ENGINE_REST, WEBAPP_API)) {
            HttpResponse<String> renamed = send(api, "supervisor.alpha", "PUT", "/task/" + alpha.taskId,
                    "{\"tenantId\":\"mission-alpha\",\"name\":\"Call Jane Example\",\"description\":"
                            + json.writeValueAsString(before.getDescription()) + "}");
            assertRefused(renamed, "name", "a task's name and description come from its model; "
                    + "notes go in the task's form, where they are stored encrypted", "Jane Example");
            HttpResponse<String> described = send(api, "admin", "PUT", "/task/" + alpha.taskId,
                    "{\"tenantId\":\"mission-alpha\",\"name\":" + json.writeValueAsString(before.getName())
                            + ",\"description\":\"Jane Example, 12 Main Street\"}");
            assertRefused(described, "description", "a task's name and description come from its model; "
                    + "notes go in the task's form, where they are stored encrypted", "Jane Example");
            HttpResponse<String> created = send(api, "admin", "POST", "/task/create", "{\"name\":\"Visit Jane Example\"}");
            assertRefused(created, "task", "tasks come only from the processes, which give them their mission", "Jane Example");
        }
        Task after = taskService.createTaskQuery().taskId(alpha.taskId).singleResult();
        assertThat(after.getName()).isEqualTo(before.getName());
        assertThat(after.getDescription()).isEqualTo(before.getDescription());
        assertThat(taskService.createTaskQuery().taskName("Visit Jane Example").count()).isZero();

        // Tasklist saves the whole task, text unchanged, to set a due date: that still works.
        HttpResponse<String> due = send(ENGINE_REST, "supervisor.alpha", "PUT", "/task/" + alpha.taskId,
                "{" + stored + ",\"due\":\"2030-01-01T00:00:00.000+0000\"}");
        assertThat(due.statusCode()).as(due.body()).isEqualTo(204);
        alpha.assertUntouched();
    }

    static Stream<Arguments> comments() {
        return Stream.of(ENGINE_REST, WEBAPP_API).flatMap(api -> Stream.of(
                Arguments.of(api, "POST", "/task/{task}/comment/create", "{\"message\":\"{note}\"}"),
                Arguments.of(api, "POST", "/task/{task}/comment/create", "{\"message\":\"{note}\",\"processInstanceId\":\"{instance}\"}"),
                Arguments.of(api, "PUT", "/task/{task}/comment", "{\"id\":\"any\",\"message\":\"{note}\"}"),
                Arguments.of(api, "PUT", "/process-instance/{instance}/comment", "{\"id\":\"any\",\"message\":\"{note}\"}")));
    }

    @Test
    void tasklistSubmittingEveryFieldOfTheFormCompletesTheTask() throws Exception {
        Alpha alpha = alphaCaseAtVerification();
        WebappSession tasklist = WebappSession.login(http, "officer.alpha", "tasklist").forWrites();

        // As Tasklist's Camunda Form sends it: every field, untyped scalars, the empty text field included.
        HttpResponse<String> response = tasklist.send("POST", WEBAPP_API + "/task/" + alpha.taskId() + "/submit-form",
                "{\"variables\":{\"isDefender\":{\"value\":\"YES\"},\"linkedToHumanRightsWork\":{\"value\":\"YES\"},"
                        + "\"duplicateOfReference\":{\"value\":\"\"}}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(alpha.taskId()).count()).isZero();
        assertThat(alpha.taskRecords()).isOne();
        assertThat(driver.openTasks(alpha.reference(), CaseOfConcernProcess.TASK_ASSESS_RISK)).isOne();
    }

    @Test
    void aChecklistAcceptsTheFormsOptionsAsTasklistSendsThemAndNothingElse() throws Exception {
        ProcessInstance instance = driver.verifiedCase(ThreatType.ARREST);
        String reference = instance.getBusinessKey();
        driver.complete(reference, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha",
                CaseDriver.assessment("HIGH", "HIGH", "LOW", "AT_LIBERTY"));
        String taskId = driver.task(reference, CaseOfConcernProcess.TASK_RECORD_CONSENT).getId();

        HttpResponse<String> forged = http.postJson(ENGINE_REST + "/task/" + taskId + "/submit-form", "officer.alpha",
                "{\"variables\":{\"consentedActions\":{\"type\":\"Json\",\"value\":\"[\\\"DEMARCHE\\\",\\\"EVERYTHING\\\"]\"},"
                        + "\"consentAudiences\":{\"type\":\"Json\",\"value\":\"[\\\"HOST_STATE\\\"]\"},"
                        + "\"consentGivenBy\":{\"value\":\"DEFENDER\"},\"consentGivenThrough\":{\"value\":\"SECURE_CALL\"},"
                        + "\"consentExpiresOn\":{\"value\":null}}}");
        assertRefused(forged, "consentedActions", "must be a list of the form's options", "EVERYTHING");
        HttpResponse<String> notADate = http.postJson(ENGINE_REST + "/task/" + taskId + "/submit-form", "officer.alpha",
                "{\"variables\":{\"consentedActions\":{\"type\":\"Json\",\"value\":\"[\\\"DEMARCHE\\\"]\"},"
                        + "\"consentAudiences\":{\"type\":\"Json\",\"value\":\"[\\\"HOST_STATE\\\"]\"},"
                        + "\"consentGivenBy\":{\"value\":\"DEFENDER\"},\"consentGivenThrough\":{\"value\":\"SECURE_CALL\"},"
                        + "\"consentExpiresOn\":{\"value\":\"next spring\"}}}");
        assertRefused(notADate, "consentExpiresOn", "must be a date (yyyy-MM-dd)", "next spring");
        assertThat(driver.openTasks(reference, CaseOfConcernProcess.TASK_RECORD_CONSENT)).isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.consent c JOIN casework.case_file f ON f.id = c.case_id"
                + " WHERE f.reference = ?", Long.class, reference)).isZero();

        HttpResponse<String> legit = http.postJson(ENGINE_REST + "/task/" + taskId + "/submit-form", "officer.alpha",
                "{\"variables\":{\"consentedActions\":{\"type\":\"Json\",\"value\":\"[\\\"DEMARCHE\\\"]\"},"
                        + "\"consentAudiences\":{\"type\":\"Json\",\"value\":\"[\\\"HOST_STATE\\\"]\"},"
                        + "\"consentGivenBy\":{\"value\":\"DEFENDER\"},\"consentGivenThrough\":{\"value\":\"SECURE_CALL\"},"
                        + "\"consentExpiresOn\":{\"value\":null}}}");
        assertThat(legit.statusCode()).as(legit.body()).isEqualTo(204);
        assertThat(driver.openTasks(reference, CaseOfConcernProcess.TASK_PLAN_ACTIONS)).isOne();
    }

    @Test
    void ourOwnCodeStillCompletesTasksWithTheFormsFields() {
        ProcessInstance instance = driver.verifiedCase(ThreatType.ARREST);
        assertThat(driver.openTasks(instance.getBusinessKey(), CaseOfConcernProcess.TASK_ASSESS_RISK)).isOne();
    }

    private void assertRefused(HttpResponse<String> response, String field, String reason, String secret) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("type").asText()).isEqualTo("InvalidInputException");
        assertThat(body.path("field").asText()).isEqualTo(field);
        assertThat(body.path("message").asText()).isEqualTo(field + ": " + reason);
        assertThat(response.body()).doesNotContain(secret).doesNotContainIgnoringCase("exception:").doesNotContain("\tat ");
    }

    private HttpResponse<String> send(String api, String user, String method, String path, String body) {
        if (ENGINE_REST.equals(api)) {
            var request = http.request(api + path, user);
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return http.send(request.method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
        }
        String app = "officer.alpha".equals(user) ? "tasklist" : "cockpit";
        return WebappSession.login(http, user, app).forWrites().send(method, api + path, body);
    }

    private Alpha alphaCaseAtVerification() {
        ProcessInstance instance = driver.fileReport(ThreatType.ARREST);
        Task task = driver.task(instance.getBusinessKey(), CaseOfConcernProcess.TASK_VERIFY_REPORT);
        return new Alpha(instance.getBusinessKey(), instance.getId(), task.getId(), task.getExecutionId(), variables(instance.getId()),
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(instance.getBusinessKey()).count());
    }

    private Map<String, String> variables(String processInstanceId) {
        Map<String, String> values = new TreeMap<>();
        runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).list()
                .forEach(v -> values.put(v.getName() + "@" + v.getActivityInstanceId(), String.valueOf(v.getValue())));
        return values;
    }

    /** An Alpha case waiting at "Verify report", and what it held before the attempt. */
    private final class Alpha {
        private final String reference;
        private final String instanceId;
        private final String taskId;
        private final String executionId;
        private final Map<String, String> variablesBefore;
        private final long instancesBefore;

        Alpha(String reference, String instanceId, String taskId, String executionId, Map<String, String> variablesBefore,
              long instancesBefore) {
            this.instancesBefore = instancesBefore;
            this.reference = reference;
            this.instanceId = instanceId;
            this.taskId = taskId;
            this.executionId = executionId;
            this.variablesBefore = variablesBefore;
        }

        String reference() {
            return reference;
        }

        String taskId() {
            return taskId;
        }

        String resolve(String template) {
            return template.replace("{task}", taskId).replace("{instance}", instanceId).replace("{execution}", executionId)
                    .replace("{reference}", reference);
        }

        long taskRecords() {
            return jdbc.queryForObject("SELECT count(*) FROM casework.task_record r JOIN casework.case_file f ON f.id = r.case_id"
                    + " WHERE f.reference = ?", Long.class, reference);
        }

        void assertUntouched() {
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            assertThat(task).as("task still open").isNotNull();
            assertThat(task.getDelegationState()).isNull();
            assertThat(variables(instanceId)).isEqualTo(variablesBefore);
            assertThat(taskRecords()).isZero();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(instancesBefore);
        }
    }
}
