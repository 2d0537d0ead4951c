package org.hrdcasework.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.TaskDriver;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.springframework.beans.factory.annotation.Autowired;

/** What the engagement tests share: cases filed over HTTP as the demo users, tasks completed as them. */
abstract class EngagementTestSupport extends ProcessTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskDriver taskDriver;

    /** Files a threat report through POST /api/cases as {@code user}; returns the case reference. */
    String fileCase(String user, String mission, String fullName, String contact, String threatType) {
        HttpResponse<String> response = http.postJson("/api/cases", user, """
                {"mission": "%s",
                 "defender": {"fullName": "%s", "contact": "%s"},
                 "threat": {"type": "%s", "description": "Followed home after a meeting", "occurredOn": "2026-11-20"},
                 "channel": "LIAISON_OFFICER"}
                """.formatted(mission, fullName, contact, threatType));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("reference").asText();
    }

    /** An Alpha case verified, assessed and with consent recorded (no consented action = an empty list). */
    String alphaCaseWithConsent(String fullName, String scope, String... actions) {
        String reference = fileCase("officer.alpha", "mission-alpha", fullName, "+000 555 0101", "JUDICIAL_HARASSMENT");
        driver.complete(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha", Map.of("isDefender", "YES", "linkedToHumanRightsWork", "YES"));
        driver.complete(reference, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha", CaseDriver.assessment("HIGH", "HIGH", "LOW", "AT_LIBERTY"));
        driver.complete(reference, CaseOfConcernProcess.TASK_RECORD_CONSENT, "officer.alpha", CaseDriver.consent(scope, actions));
        return reference;
    }

    /** An Alpha case verified as a defender's, waiting at risk assessment. */
    String verifiedAlphaCase(String fullName) {
        String reference = fileCase("officer.alpha", "mission-alpha", fullName, "+000 555 0102", "SURVEILLANCE");
        driver.complete(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha", Map.of("isDefender", "YES", "linkedToHumanRightsWork", "YES"));
        return reference;
    }

    /** A verified Alpha case, then closed (as a review closes it; the list only reads stage and date). */
    String closedVerifiedAlphaCase(String fullName) {
        String reference = verifiedAlphaCase(fullName);
        jdbc.update("UPDATE casework.case_file SET stage = 'CLOSED', closure_reason = 'CLOSED_AFTER_REVIEW', closed_at = now() "
                + "WHERE reference = ?", reference);
        return reference;
    }

    /** An Alpha case closed at verification (not a defender). */
    String closedAlphaCase(String fullName) {
        String reference = fileCase("officer.alpha", "mission-alpha", fullName, "+000 555 0199", "SMEAR_CAMPAIGN");
        driver.complete(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha", Map.of("isDefender", "NO", "linkedToHumanRightsWork", "NO"));
        assertThat(driver.caseRow(reference).get("stage")).isEqualTo("CLOSED");
        return reference;
    }

    String planEngagement(String user, String kind, String scheduledOn) {
        HttpResponse<String> response = http.postJson("/api/engagements", user, """
                {"mission": "mission-alpha", "kind": "%s", "visitorLevel": "MINISTER", "scheduledOn": "%s"}
                """.formatted(kind, scheduledOn));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("reference").asText();
    }

    ProcessInstance instance(String businessKey, String processKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(processKey).singleResult();
    }

    List<Task> tasks(String processInstanceId, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
    }

    Task task(String processInstanceId, String taskKey) {
        List<Task> tasks = tasks(processInstanceId, taskKey);
        assertThat(tasks).as("open %s", taskKey).hasSize(1);
        return tasks.get(0);
    }

    /** Completes the task as {@code user}, with the user's own groups and missions and the engine's checks on. */
    void complete(Task task, String user, Map<String, Object> variables) {
        taskDriver.complete(task, user, variables);
    }

    void complete(String processInstanceId, String taskKey, String user, Map<String, Object> variables) {
        complete(task(processInstanceId, taskKey), user, variables);
    }

    /** The one timer job of the instance (escalation watches are instances of their own). */
    Job timer(String processInstanceId) {
        Job job = managementService.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
        assertThat(job).as("a timer of " + processInstanceId).isNotNull();
        return job;
    }


    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + response.body(), e);
        }
    }

    /** The field names of a 4xx problem's errors. */
    static List<String> errorFields(HttpResponse<String> response) {
        return json(response).path("errors").findValuesAsText("field");
    }
}
