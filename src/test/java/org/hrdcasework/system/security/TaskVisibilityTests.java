package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.identity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who sees and who works a task (docs/adr/0010-task-visibility.md): every member of a mission sees
 * the mission's open tasks, only candidates and the assignee work them, and no other mission sees
 * them at all.
 */
class TaskVisibilityTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService authorizationService;

    @Test
    void anOfficerSeesTheirMissionsTaskForSeniorOfficialsButCannotWorkIt() throws Exception {
        String instance = driver.fileReport(ThreatType.ARREST).getId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        // A task for senior officials only (the engine keeps a removed candidate's grant, so it goes too).
        taskService.deleteCandidateGroup(task.getId(), Roles.CASE_OFFICERS);
        authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
                .groupIdIn(Roles.CASE_OFFICERS).list().forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
        taskService.addCandidateGroup(task.getId(), Roles.SENIOR_OFFICIALS);
        String byInstance = "/engine-rest/task?processInstanceId=" + instance;

        assertThat(ids(http.get(byInstance, "officer.alpha"))).containsExactly(task.getId());
        assertThat(http.get("/engine-rest/task/" + task.getId(), "officer.alpha").statusCode()).isEqualTo(200);
        assertThat(http.postJson("/engine-rest/task/" + task.getId() + "/claim", "officer.alpha",
                "{\"userId\": \"officer.alpha\"}").statusCode()).isEqualTo(403);
        assertThat(http.postJson("/engine-rest/task/" + task.getId() + "/submit-form", "officer.alpha",
                "{\"variables\": {}}").statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

        assertThat(ids(http.get(byInstance, "ambassador.alpha"))).containsExactly(task.getId());
        assertThat(http.postJson("/engine-rest/task/" + task.getId() + "/claim", "ambassador.alpha",
                "{\"userId\": \"ambassador.alpha\"}").statusCode()).isEqualTo(204);
    }

    @Test
    void noOtherMissionSeesOrCountsTheTask() throws Exception {
        String instance = driver.fileReport(ThreatType.ARREST).getId();
        String byInstance = "/engine-rest/task?processInstanceId=" + instance;

        assertThat(ids(http.get(byInstance, "officer.alpha"))).hasSize(1);
        assertThat(ids(http.get(byInstance, "officer.beta"))).isEmpty();
        assertThat(JSON.readTree(http.get("/engine-rest/task/count?processInstanceId=" + instance, "officer.beta").body())
                .get("count").asInt()).isZero();
        String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(http.get("/engine-rest/task/" + taskId, "officer.beta").statusCode()).isIn(403, 404);
    }

    private static java.util.List<String> ids(java.net.http.HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JsonNode task : JSON.readTree(response.body())) {
            ids.add(task.get("id").asText());
        }
        return ids;
    }
}
