package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.actions.ActionProcesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A protection officer's day with a living plan: the first-48-hours playbook proposes the first
 * actions, a defender arrested during a trial observation gets a reassessment that proposes a
 * custody visit and brings the review forward, the case is reviewed and closed while the trial
 * observation still runs, and a monitoring-only plan goes to its reviews.
 */
class ProtectionOfficersDayTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    CaseFileService caseFileService;

    @Test
    void aDefenderArrestedDuringATrialObservationGetsACustodyVisitProposedAndAnEarlierReview() throws Exception {
        String reference = judicialHarassmentCase();
        // The first-48-hours playbook ticks its proposal for judicial harassment in "Plan actions".
        assertThat(proposed(reference, CaseOfConcernProcess.TASK_PLAN_ACTIONS, "plannedActionTypes"))
                .containsExactly("TRIAL_OBSERVATION", "DEMARCHE", "COORDINATION");
        driver.complete(reference, CaseOfConcernProcess.TASK_PLAN_ACTIONS, "officer.alpha",
                Map.of("plannedActionTypes", List.of("TRIAL_OBSERVATION")));
        ProcessInstance instance = caseInstance(reference);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("TrialObservation").count()).isOne();
        Instant tierThreeReview = interimReview(instance).getDuedate().toInstant();
        assertThat(tierThreeReview).isAfter(Instant.now().plus(Duration.ofDays(29)));

        // The defender is arrested while the trial runs.
        caseFileService.reportSituationChange(CaseDriver.OFFICER_ALPHA, reference, SituationChange.ARREST);
        driver.complete(reference, CaseOfConcernProcess.TASK_REASSESS_RISK, "officer.alpha",
                CaseDriver.assessment("HIGH", "HIGH", "LOW", "DETAINED"));

        // The review comes forward to the tier-1 interval (7 days), the trial observation goes on.
        Instant reviewNow = interimReview(instance).getDuedate().toInstant();
        assertThat(reviewNow).isBefore(tierThreeReview).isBefore(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        // Consent lapsed with the arrest: the lawyer gives it again for the custody visit.
        driver.complete(reference, CaseOfConcernProcess.TASK_SEEK_CONSENT_AGAIN, "officer.alpha", byLawyer("CUSTODY_VISIT"));
        Task confirm = driver.task(reference, CaseOfConcernProcess.TASK_CONFIRM_PLAN_CHANGES);
        assertThat(Duration.between(confirm.getCreateTime().toInstant(), confirm.getDueDate().toInstant()))
                .as("plan changes after an arrest are confirmed within a day").isEqualTo(Duration.ofHours(24));
        // The playbook proposes a custody visit and a demarche, beside the running trial observation.
        assertThat(proposed(reference, CaseOfConcernProcess.TASK_CONFIRM_PLAN_CHANGES, "addedActionTypes"))
                .containsExactly("CUSTODY_VISIT", "DEMARCHE");
        driver.complete(reference, CaseOfConcernProcess.TASK_CONFIRM_PLAN_CHANGES, "officer.alpha",
                Map.of("addedActionTypes", List.of("CUSTODY_VISIT")));

        assertThat(driver.openTasks(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT)).isOne();
        assertThat(driver.actions(reference)).extracting(a -> a.get("action_type") + ":" + a.get("state"))
                .containsExactly("CUSTODY_VISIT:IN_PROGRESS", "TRIAL_OBSERVATION:IN_PROGRESS");
        driver.completeCustodyVisit(reference);
        assertThat(instance).hasPassed(CaseOfConcernProcess.END_PLAN_CHANGED);

        // The review comes round while the trial still runs; the officer lets the actions go on.
        managementService.executeJob(interimReview(instance).getId());
        driver.complete(reference, CaseOfConcernProcess.TASK_INTERIM_REVIEW, "officer.alpha", Map.of("interimReviewDecision", "CONTINUE"));
        assertThat(instance).hasPassed(CaseOfConcernProcess.END_INTERIM_REVIEW_DONE)
                .isWaitingAt(CaseOfConcernProcess.CALL_CARRY_OUT_ACTIONS);
        assertThat(interimReview(instance).getDuedate()).as("the next review is scheduled").isNotNull();
    }

    @Test
    void aCaseIsClosedAtItsReviewWhileTheTrialObservationStillRuns() throws Exception {
        String reference = judicialHarassmentCase();
        driver.complete(reference, CaseOfConcernProcess.TASK_PLAN_ACTIONS, "officer.alpha",
                Map.of("plannedActionTypes", List.of("TRIAL_OBSERVATION")));
        ProcessInstance instance = caseInstance(reference);

        managementService.executeJob(interimReview(instance).getId());
        // A closure without its outcome is refused and the review stays open.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete(reference, CaseOfConcernProcess.TASK_INTERIM_REVIEW,
                "officer.alpha", Map.of("interimReviewDecision", "CLOSE_CASE"))).hasMessageContaining("closureOutcome");
        assertThat(driver.openTasks(reference, CaseOfConcernProcess.TASK_INTERIM_REVIEW)).isOne();
        driver.complete(reference, CaseOfConcernProcess.TASK_INTERIM_REVIEW, "officer.alpha",
                Map.of("interimReviewDecision", "CLOSE_CASE", "closureOutcome", "RISK_REDUCED"));

        assertThat(instance).hasPassed(CaseOfConcernProcess.END_CLOSED_AT_INTERIM_REVIEW).isEnded();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("TrialObservation").count()).isZero();
        assertThat(driver.caseRow(reference)).containsEntry("stage", "CLOSED").containsEntry("closure_outcome", "RISK_REDUCED");
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("state", "STOPPED").containsEntry("outcome", ActionProcesses.OUTCOME_STOPPED_CASE_CLOSED));
    }

    @Test
    void aMonitoringOnlyPlanGoesToItsReviewWithNoAction() {
        String reference = judicialHarassmentCase();
        driver.complete(reference, CaseOfConcernProcess.TASK_PLAN_ACTIONS, "officer.alpha", Map.of("plannedActionTypes", List.of()));

        assertThat(caseInstance(reference)).isWaitingAt(CaseOfConcernProcess.TASK_REVIEW_CASE);
        assertThat(driver.actions(reference)).isEmpty();
    }

    private String judicialHarassmentCase() {
        String reference = driver.verifiedCase(ThreatType.JUDICIAL_HARASSMENT).getBusinessKey();
        driver.complete(reference, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha", CaseDriver.assessment("LOW", "LOW", "HIGH", "AT_LIBERTY"));
        driver.complete(reference, CaseOfConcernProcess.TASK_RECORD_CONSENT, "officer.alpha",
                CaseDriver.consent("PUBLIC", "TRIAL_OBSERVATION", "DEMARCHE", "COORDINATION"));
        return reference;
    }

    private ProcessInstance caseInstance(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(CaseOfConcernProcess.KEY).singleResult();
    }

    private Job interimReview(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(CaseOfConcernProcess.TIMER_INTERIM_REVIEW_DUE).singleResult();
    }

    /** What Tasklist ticks in the form: the task's form variable as the officer's browser reads it. */
    private List<String> proposed(String reference, String taskKey, String field) throws Exception {
        String taskId = driver.task(reference, taskKey).getId();
        JsonNode variables = JSON.readTree(http.get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false", "officer.alpha").body());
        assertThat(variables.path(field).path("type").asText()).isEqualTo("Json");
        JsonNode value = variables.path(field).path("value");
        JsonNode list = value.isTextual() ? JSON.readTree(value.asText()) : value;
        assertThat(list.isArray()).as(variables.toString()).isTrue();
        return JSON.convertValue(list, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    private static Map<String, Object> byLawyer(String... actions) {
        Map<String, Object> consent = new HashMap<>(CaseDriver.consentBefore(List.of("HOST_STATE"), actions));
        consent.put("consentGivenBy", "LAWYER");
        consent.put("consentGivenThrough", "SECURE_CALL");
        consent.put("consentProxyReason", "DETAINED");
        return consent;
    }
}
