package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.actions.ActionProcesses;
import org.junit.jupiter.api.Test;

/** The plan lives while the case runs: an action is added beside those that run, and the case closes at any time. */
class LivingPlanTests extends ProcessTestSupport {

    @Test
    void aCaseIsClosedWhileATrialObservationStillRunsAndWhatRunsStopsWithThatReason() {
        ProcessInstance instance = driver.caseWithActions(CaseDriver.consent("PUBLIC", "TRIAL_OBSERVATION", "COORDINATION"),
                "TRIAL_OBSERVATION", "COORDINATION");
        String reference = instance.getBusinessKey();
        assertThat(running(reference, "TrialObservation")).isOne();

        HttpResponse<String> closed = http.postJson("/api/cases/" + reference + "/closure", "officer.alpha",
                "{\"outcome\": \"DEFENDER_REQUESTED_CLOSURE\"}");

        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(instance).hasPassed(CaseOfConcernProcess.END_CLOSED_WHILE_WORK_RAN).isEnded();
        assertThat(running(reference, "TrialObservation")).isZero();
        assertThat(running(reference, "CaseAction")).isZero();
        assertThat(taskService().createTaskQuery().processInstanceBusinessKey(reference).count()).isZero();
        assertThat(driver.caseRow(reference)).containsEntry("stage", "CLOSED")
                .containsEntry("closure_outcome", "DEFENDER_REQUESTED_CLOSURE");
        assertThat(driver.actions(reference)).hasSize(2).allSatisfy(a -> assertThat(a)
                .containsEntry("state", "STOPPED").containsEntry("outcome", ActionProcesses.OUTCOME_STOPPED_CASE_CLOSED));

        // Closed once: a second closure is refused and changes nothing.
        HttpResponse<String> again = http.postJson("/api/cases/" + reference + "/closure", "officer.alpha",
                "{\"outcome\": \"RISK_REDUCED\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(driver.caseRow(reference)).containsEntry("closure_outcome", "DEFENDER_REQUESTED_CLOSURE");
    }

    @Test
    void aClosureWithoutAKnownOutcomeOrFromAnotherMissionIsRefusedAndChangesNothing() {
        ProcessInstance instance = driver.caseWithActions(CaseDriver.consent("QUIET", "COORDINATION"), "COORDINATION");
        String reference = instance.getBusinessKey();

        HttpResponse<String> badOutcome = http.postJson("/api/cases/" + reference + "/closure", "officer.alpha",
                "{\"outcome\": \"BECAUSE\"}");
        assertThat(badOutcome.statusCode()).isEqualTo(400);
        assertThat(badOutcome.body()).contains("outcome");
        assertThat(http.postJson("/api/cases/" + reference + "/closure", "officer.beta",
                "{\"outcome\": \"RISK_REDUCED\"}").statusCode()).isEqualTo(404);

        assertThat(instance).isNotEnded();
        assertThat(driver.caseRow(reference)).containsEntry("stage", "ACTIONS");
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a).containsEntry("state", "IN_PROGRESS"));
    }

    @Test
    void anActionIsAddedWhileTheOthersRunAndEndsOnItsOwn() {
        ProcessInstance instance = driver.caseWithActions(CaseDriver.consent("QUIET", "COORDINATION", "CUSTODY_VISIT"), "COORDINATION");
        String reference = instance.getBusinessKey();

        HttpResponse<String> added = http.postJson("/api/cases/" + reference + "/actions", "officer.alpha",
                "{\"actionType\": \"CUSTODY_VISIT\"}");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT)).isOne();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_COORDINATE)).isOne();
        driver.completeCustodyVisit(reference);

        assertThat(instance).hasPassed(CaseOfConcernProcess.END_ADDED_ACTION_DONE)
                .isWaitingAt(CaseOfConcernProcess.CALL_CARRY_OUT_ACTIONS);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_COORDINATE)).isOne();
        assertThat(driver.actions(reference)).extracting(a -> a.get("action_type") + ":" + a.get("state"))
                .containsExactly("COORDINATION:IN_PROGRESS", "CUSTODY_VISIT:COMPLETED");
    }

    @Test
    void anActionIsAddedOnlyToACaseWhosePlanIsInForceAndOnlyOfAKnownType() {
        ProcessInstance unverified = driver.fileReport(ThreatType.ARREST);
        assertThat(http.postJson("/api/cases/" + unverified.getBusinessKey() + "/actions", "officer.alpha",
                "{\"actionType\": \"DEMARCHE\"}").statusCode()).isEqualTo(409);

        String reference = driver.caseWithActions(CaseDriver.consent("QUIET", "COORDINATION"), "COORDINATION").getBusinessKey();
        HttpResponse<String> unknown = http.postJson("/api/cases/" + reference + "/actions", "officer.alpha",
                "{\"actionType\": \"EVERYTHING\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("actionType");
        assertThat(driver.actions(reference)).hasSize(1);
    }

    @Test
    void anOfficerStopsOneActionWhileTheOthersAndTheCaseGoOn() {
        ProcessInstance instance = driver.caseWithActions(CaseDriver.consent("PUBLIC", "TRIAL_OBSERVATION", "COORDINATION"),
                "TRIAL_OBSERVATION", "COORDINATION");
        String reference = instance.getBusinessKey();

        HttpResponse<String> stopped = http.postJson("/api/cases/" + reference + "/actions/stops", "officer.alpha",
                "{\"actionType\": \"TRIAL_OBSERVATION\"}");

        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
        assertThat(running(reference, "TrialObservation")).isZero();
        String stoppedAction = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ActionProcesses.CASE_ACTION).finished().singleResult().getId();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(stoppedAction)
                .activityId(ActionProcesses.END_ACTION_STOPPED).finished().count()).isOne();
        assertThat(driver.actions(reference)).extracting(a -> a.get("action_type") + ":" + a.get("state") + ":" + a.get("outcome"))
                .containsExactly("COORDINATION:IN_PROGRESS:null", "TRIAL_OBSERVATION:STOPPED:" + ActionProcesses.OUTCOME_STOPPED_BY_OFFICER);
        assertThat(instance).isWaitingAt(CaseOfConcernProcess.CALL_CARRY_OUT_ACTIONS);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_COORDINATE)).isOne();

        // Nothing of that type runs any more: a second stop is refused and changes nothing.
        assertThat(http.postJson("/api/cases/" + reference + "/actions/stops", "officer.alpha",
                "{\"actionType\": \"TRIAL_OBSERVATION\"}").statusCode()).isEqualTo(409);
        assertThat(http.postJson("/api/cases/" + reference + "/actions/stops", "officer.beta",
                "{\"actionType\": \"COORDINATION\"}").statusCode()).isEqualTo(404);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_COORDINATE)).isOne();
    }

    @Test
    void closingAtTheReviewStopsAnActionAddedBesideThePlanAndEndsTheCase() {
        ProcessInstance instance = driver.caseWithActions(CaseDriver.consent("QUIET", "CUSTODY_VISIT", "COORDINATION"), "CUSTODY_VISIT");
        String reference = instance.getBusinessKey();
        driver.completeCustodyVisit(reference);
        assertThat(instance).isWaitingAt(CaseOfConcernProcess.TASK_REVIEW_CASE);
        assertThat(http.postJson("/api/cases/" + reference + "/actions", "officer.alpha",
                "{\"actionType\": \"COORDINATION\"}").statusCode()).isEqualTo(201);

        driver.complete(reference, CaseOfConcernProcess.TASK_REVIEW_CASE, "officer.alpha",
                Map.of("reviewDecision", "CLOSE_CASE", "closureOutcome", "RISK_REDUCED"));

        assertThat(instance).hasPassed(CaseOfConcernProcess.END_CASE_CLOSED).isEnded();
        assertThat(running(reference, ActionProcesses.CASE_ACTION)).isZero();
        assertThat(driver.actions(reference)).extracting(a -> a.get("action_type") + ":" + a.get("state") + ":" + a.get("outcome"))
                .contains("COORDINATION:STOPPED:" + ActionProcesses.OUTCOME_STOPPED_CASE_CLOSED);
    }

    private long running(String reference, String processKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKey(processKey).count();
    }

    private org.camunda.bpm.engine.TaskService taskService() {
        return processEngine.getTaskService();
    }
}
