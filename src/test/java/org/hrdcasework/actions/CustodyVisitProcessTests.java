package org.hrdcasework.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.system.engine.Cadences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/CustodyVisit.bpmn: the request (consent checked then), the authority's answer and its
 * clock, the head of mission's decision on a refusal (joint request, proposed UN referral, no
 * further step), the visit's checklist and repeat visits while the defender is detained.
 */
class CustodyVisitProcessTests extends ProcessTestSupport {

    @Autowired
    Cadences cadences;

    @Test
    void aGrantedVisitToADefenderWhoIsThenReleasedCompletesTheAction() {
        String reference = custodyCase();
        ProcessInstance visit = custodyVisitInstance(reference);

        driver.complete(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT, "officer.alpha",
                Map.of("requestedOn", "2026-11-21", "custodyAuthority", "PRISON_ADMINISTRATION",
                        "sensitive_requestNotes", "Asked the director of prison 4 by phone"));
        driver.complete(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER, "officer.alpha",
                Map.of("answeredOn", "2026-11-21", "custodyAnswer", "GRANTED"));
        Map<String, Object> answers = new HashMap<>(CaseDriver.custodyVisit("RELEASED"));
        answers.put("sensitive_custodyNotes", "Thin, but in good spirits");
        driver.complete(reference, ActionProcesses.TASK_VISIT_IN_CUSTODY, "officer.alpha", answers);

        assertThat(visit).hasPassedInOrder(ActionProcesses.TASK_REQUEST_CUSTODY_VISIT, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER,
                ActionProcesses.TASK_VISIT_IN_CUSTODY, ActionProcesses.END_VISITS_ENDED_RELEASED).isEnded();
        assertThat(driver.recordNotes(reference, ActionProcesses.TASK_VISIT_IN_CUSTODY)).containsEntry("custodyNotes", "Thin, but in good spirits");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(visit.getId())
                .variableNameLike("sensitive_%").count()).as("free text stays out of the engine").isZero();
        driver.reportAndFeedBack(reference);
        HistoricProcessInstance action = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).processDefinitionKey(ActionProcesses.CASE_ACTION).singleResult();
        assertThat(action.getEndActivityId()).isEqualTo(ActionProcesses.END_ACTION_COMPLETED);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(action.getId())
                .activityId(ActionProcesses.CALL_CUSTODY_VISIT).count()).isOne();
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("state", "COMPLETED").containsEntry("outcome", ActionProcesses.OUTCOME_RELEASED));
    }

    @Test
    void aRefusedCustodyVisitEscalatesToTheHeadOfMissionAndProposesAJointRequest() {
        String reference = custodyCase();
        ProcessInstance visit = custodyVisitInstance(reference);
        request(reference);

        driver.complete(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER, "officer.alpha",
                Map.of("answeredOn", "2026-11-22", "custodyAnswer", "REFUSED", "sensitive_answerNotes", "No visits during investigation"));

        assertThat(visit).isWaitingAt(ActionProcesses.TASK_DECIDE_REFUSED_CUSTODY_VISIT);
        assertThat(visit).task().hasCandidateGroup("senior-officials");
        // A detained defender: the head of mission decides within a day (the escalation policy's row for custody work).
        org.camunda.bpm.engine.task.Task decide = driver.task(reference, ActionProcesses.TASK_DECIDE_REFUSED_CUSTODY_VISIT);
        assertThat(java.time.Duration.between(decide.getCreateTime().toInstant(), decide.getDueDate().toInstant()))
                .isEqualTo(java.time.Duration.ofHours(24));
        driver.complete(reference, ActionProcesses.TASK_DECIDE_REFUSED_CUSTODY_VISIT, "ambassador.alpha",
                Map.of("refusedVisitNextStep", "JOINT_REQUEST", "sensitive_decisionNotes", "With the EU delegation and two embassies"));

        assertThat(visit).isWaitingAt(ActionProcesses.TASK_REQUEST_CUSTODY_VISIT);
        request(reference);
        driver.complete(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER, "officer.alpha",
                Map.of("answeredOn", "2026-11-26", "custodyAnswer", "GRANTED"));
        driver.complete(reference, ActionProcesses.TASK_VISIT_IN_CUSTODY, "officer.alpha", CaseDriver.custodyVisit("CHARGED"));

        assertThat(visit).hasPassed(ActionProcesses.END_VISITS_ENDED_CHARGED).isEnded();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(visit.getId())
                .activityId(ActionProcesses.TASK_REQUEST_CUSTODY_VISIT).count()).as("the joint request").isEqualTo(2);
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("outcome", ActionProcesses.OUTCOME_CHARGED));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ActionProcesses.TRIAL_OBSERVATION).count()).as("proposed to the officer, not started").isZero();
    }

    @Test
    void aRefusalWithNoFurtherStepIsTheActionsOutcomeNeverACompletedVisit() {
        String reference = custodyCase();
        ProcessInstance visit = custodyVisitInstance(reference);
        request(reference);
        driver.complete(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER, "officer.alpha",
                Map.of("answeredOn", "2026-11-22", "custodyAnswer", "REFUSED"));
        driver.complete(reference, ActionProcesses.TASK_DECIDE_REFUSED_CUSTODY_VISIT, "ambassador.alpha",
                Map.of("refusedVisitNextStep", "NO_FURTHER_STEP"));

        assertThat(visit).hasPassed(ActionProcesses.END_VISIT_REFUSED).isEnded();
        assertThat(visit).hasNotPassed(ActionProcesses.TASK_VISIT_IN_CUSTODY);
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("outcome", ActionProcesses.OUTCOME_VISIT_REFUSED));
    }

    @Test
    void noAnswerByTheDesignersClockGoesToTheHeadOfMissionWhoProposesAUnReferral() {
        String reference = custodyCase();
        ProcessInstance visit = custodyVisitInstance(reference);
        request(reference);
        Job clock = managementService.createJobQuery().processInstanceId(visit.getId()).timers().singleResult();
        assertThat(Duration.between(Instant.now(), clock.getDuedate().toInstant()))
                .as("CUSTODY_ANSWER in Cadences.dmn").isBetween(Duration.ofDays(2).minusMinutes(5), Duration.ofDays(2));

        managementService.executeJob(clock.getId());

        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER)).as("no longer awaited").isZero();
        driver.complete(reference, ActionProcesses.TASK_DECIDE_REFUSED_CUSTODY_VISIT, "ambassador.alpha",
                Map.of("refusedVisitNextStep", "REFER_TO_UN"));
        assertThat(visit).hasPassed(ActionProcesses.END_VISIT_REFUSED_REFERRED).isEnded();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("UnReferral").count()).as("proposed, not started").isZero();
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("outcome", ActionProcesses.OUTCOME_REFUSED_REFERRED));
    }

    @Test
    void aDetainedDefenderIsVisitedAgainAfterTheDesignersCadenceAndIllTreatmentMarksTheOutcome() {
        String reference = custodyCase();
        ProcessInstance visit = custodyVisitInstance(reference);
        request(reference);
        driver.complete(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER, "officer.alpha",
                Map.of("answeredOn", "2026-11-21", "custodyAnswer", "GRANTED"));
        Map<String, Object> firstVisit = new HashMap<>(CaseDriver.custodyVisit("STILL_DETAINED"));
        firstVisit.put("illTreatmentSigns", "YES");
        driver.complete(reference, ActionProcesses.TASK_VISIT_IN_CUSTODY, "officer.alpha", firstVisit);

        assertThat(visit).isWaitingAt("IntermediateEvent_NextVisitDue");
        Job next = managementService.createJobQuery().processInstanceId(visit.getId()).timers().singleResult();
        assertThat(Duration.between(Instant.now(), next.getDuedate().toInstant()))
                .as("CUSTODY_REPEAT in Cadences.dmn").isBetween(Duration.ofDays(30).minusMinutes(5), Duration.ofDays(30));
        managementService.executeJob(next.getId());

        assertThat(driver.openTasks(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT)).isOne();
        driver.carryOutCustodyVisit(reference);
        assertThat(visit).hasPassed(ActionProcesses.END_VISITS_ENDED_RELEASED).isEnded();
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("outcome", ActionProcesses.OUTCOME_RELEASED + ActionProcesses.OUTCOME_ILL_TREATMENT_SUFFIX));
    }

    @Test
    void theAnswersClockIsTheDesignersTableAndARedeployedTableAppliesToTheNextRequest() throws Exception {
        withDesignerChange("Cadences.dmn", "<outputEntry id=\"Out_CustodyAnswer\"><text>2</text></outputEntry>",
                "<outputEntry id=\"Out_CustodyAnswer\"><text>5</text></outputEntry>", cadences::forget, () -> {
            String reference = custodyCase();
            request(reference);
            Job clock = managementService.createJobQuery().processInstanceId(custodyVisitInstance(reference).getId()).timers()
                    .singleResult();
            assertThat(Duration.between(Instant.now(), clock.getDuedate().toInstant()))
                    .isBetween(Duration.ofDays(5).minusMinutes(5), Duration.ofDays(5));
        });
    }

    @Test
    void theRequestStandsOnlyWithConsentBeforeTheHostStateAtTheMomentOfTheRequest() {
        // Consent to a custody visit only before partner missions: the host state may not be asked.
        String reference = driver.caseWithActions(CaseDriver.consentBefore(List.of("PARTNER_MISSIONS"), "CUSTODY_VISIT"),
                "CUSTODY_VISIT").getBusinessKey();

        HttpResponse<String> refused = driver.submitForm(driver.task(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT).getId(),
                "officer.alpha", Map.of("requestedOn", "2026-11-21", "custodyAuthority", "POLICE"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("consent", "host state");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT)).isOne();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER)).isZero();
    }

    @Test
    void answersTheProcessDoesNotKnowAreRefusedNamingTheFieldAndTheTaskStaysOpen() {
        String reference = custodyCase();
        HttpResponse<String> noAuthority = driver.submitForm(driver.task(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT).getId(),
                "officer.alpha", Map.of("requestedOn", "2026-11-21", "custodyAuthority", "THE_NEIGHBOURS"));
        assertThat(noAuthority.statusCode()).isEqualTo(400);
        assertThat(noAuthority.body()).contains(ActionProcesses.CUSTODY_AUTHORITY);
        request(reference);

        HttpResponse<String> maybe = driver.submitForm(driver.task(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER).getId(),
                "officer.alpha", Map.of("answeredOn", "2026-11-22", "custodyAnswer", "MAYBE"));
        assertThat(maybe.statusCode()).isEqualTo(400);
        assertThat(maybe.body()).contains(ActionProcesses.CUSTODY_ANSWER);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER)).isOne();
        driver.complete(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER, "officer.alpha",
                Map.of("answeredOn", "2026-11-22", "custodyAnswer", "GRANTED"));

        String visitTask = driver.task(reference, ActionProcesses.TASK_VISIT_IN_CUSTODY).getId();
        HttpResponse<String> unknownStatus = driver.submitForm(visitTask, "officer.alpha", CaseDriver.custodyVisit("ESCAPED"));
        assertThat(unknownStatus.statusCode()).isEqualTo(400);
        assertThat(unknownStatus.body()).contains(ActionProcesses.DETENTION_STATUS);
        Map<String, Object> noAnswer = new HashMap<>(CaseDriver.custodyVisit("RELEASED"));
        noAnswer.put("lawyerAccess", "PERHAPS");
        HttpResponse<String> unanswered = driver.submitForm(visitTask, "officer.alpha", noAnswer);
        assertThat(unanswered.statusCode()).isEqualTo(400);
        assertThat(unanswered.body()).contains(ActionProcesses.LAWYER_ACCESS);
        // The routing value is the server's: a form cannot set it.
        Map<String, Object> routed = new HashMap<>(CaseDriver.custodyVisit("RELEASED"));
        routed.put(ActionProcesses.CUSTODY_NEXT_STEP, "STILL_DETAINED");
        assertThat(driver.submitForm(visitTask, "officer.alpha", routed).statusCode()).isEqualTo(400);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_VISIT_IN_CUSTODY)).isOne();
    }

    @Test
    void aDecisionTheProcessDoesNotKnowIsRefusedNamingTheField() {
        String reference = custodyCase();
        request(reference);
        driver.complete(reference, ActionProcesses.TASK_RECORD_CUSTODY_ANSWER, "officer.alpha",
                Map.of("answeredOn", "2026-11-22", "custodyAnswer", "REFUSED"));

        HttpResponse<String> refused = driver.submitForm(driver.task(reference, ActionProcesses.TASK_DECIDE_REFUSED_CUSTODY_VISIT).getId(),
                "ambassador.alpha", Map.of("refusedVisitNextStep", "GIVE_UP_LOUDLY"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(ActionProcesses.REFUSED_VISIT_NEXT_STEP);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_DECIDE_REFUSED_CUSTODY_VISIT)).isOne();
    }

    private String custodyCase() {
        return driver.caseWithActions(CaseDriver.consent("QUIET", "CUSTODY_VISIT"), "CUSTODY_VISIT").getBusinessKey();
    }

    private void request(String reference) {
        driver.complete(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT, "officer.alpha",
                Map.of("requestedOn", "2026-11-21", "custodyAuthority", "POLICE"));
    }


    /** The case's running CustodyVisit instance (kept by the test to assert on after it ends). */
    private ProcessInstance custodyVisitInstance(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ActionProcesses.CUSTODY_VISIT).singleResult();
    }
}
