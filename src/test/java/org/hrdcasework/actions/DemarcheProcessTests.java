package org.hrdcasework.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.consent.Audience;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.system.engine.Cadences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/Demarche.bpmn: delivery, reply and its next step (follow-up loop, headquarters, none), chase at 30 days,
 * raised level at 60 days (head of mission or headquarters).
 */
class DemarcheProcessTests extends ProcessTestSupport {

    @Autowired
    Cadences cadences;

    @Autowired
    private ConsentService consentService;

    @Test
    void aDeliveredDemarcheWithASatisfactoryReplyIsComplete() {
        String reference = demarcheCase();
        ProcessInstance demarche = demarcheInstance(reference);
        prepareAndDeliver(reference);

        driver.complete(reference, ActionProcesses.TASK_RECORD_REPLY, "officer.alpha", reply("NONE"));

        assertThat(demarche).hasPassed(ActionProcesses.END_DEMARCHE_COMPLETED).isEnded();
        assertThat(driver.recordNotes(reference, ActionProcesses.TASK_DELIVER_DEMARCHE)).containsEntry("deliveredTo", "Ministry of Justice, human rights desk");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS)).isOne();
        // The reply's assessment is the action's outcome once it is reported and fed back.
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("state", "COMPLETED").containsEntry("outcome", "REPLY_" + reply("NONE").get("replyAssessment")));
    }

    @Test
    void aFollowUpDemarcheLoopsBackToPreparation() {
        String reference = demarcheCase();
        ProcessInstance demarche = demarcheInstance(reference);
        prepareAndDeliver(reference);
        driver.complete(reference, ActionProcesses.TASK_RECORD_REPLY, "officer.alpha", reply("FOLLOW_UP"));
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_PREPARE_DEMARCHE)).isOne();
        prepareAndDeliver(reference);
        driver.complete(reference, ActionProcesses.TASK_RECORD_REPLY, "officer.alpha", reply("NONE"));
        assertThat(demarche).isEnded();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(demarche.getId())
                .activityId(ActionProcesses.TASK_PREPARE_DEMARCHE).count()).isEqualTo(2);
    }

    @Test
    void theReplyClocksAreTheDesignersTableAndARedeployedTableAppliesToTheNextDelivery() throws Exception {
        withDesignerChange("Cadences.dmn", "<outputEntry id=\"Out_DemarcheChase\"><text>30</text></outputEntry>",
                "<outputEntry id=\"Out_DemarcheChase\"><text>10</text></outputEntry>", cadences::forget, () -> {
            String reference = demarcheCase();
            prepareAndDeliver(reference);
            List<Job> timers = managementService.createJobQuery().processInstanceId(demarcheInstance(reference).getId()).timers()
                    .orderByJobDuedate().asc().list();
            assertThat(Duration.between(Instant.now(), timers.get(0).getDuedate().toInstant()))
                    .isBetween(Duration.ofDays(10).minusMinutes(5), Duration.ofDays(10));
            assertThat(Duration.between(Instant.now(), timers.get(1).getDuedate().toInstant()))
                    .isBetween(Duration.ofDays(60).minusMinutes(5), Duration.ofDays(60));
        });
    }

    @Test
    void aDemarcheTheStateNeverAnswersIsClosedWithoutAReplyWithItsReason() {
        String reference = demarcheCase();
        prepareAndDeliver(reference);
        ProcessInstance demarche = demarcheInstance(reference);
        List<Job> timers = managementService.createJobQuery().processInstanceId(demarche.getId()).timers()
                .orderByJobDuedate().asc().list();
        managementService.executeJob(timers.get(1).getId());

        // Closing needs its reason: refused naming the field, the task stays open and the wait goes on.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL,
                "ambassador.alpha", Map.of("raisedTo", "CLOSE_WITHOUT_REPLY"))).hasMessageContaining("closedWithoutReplyBecause");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL)).isOne();
        driver.complete(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL, "ambassador.alpha",
                Map.of("raisedTo", "CLOSE_WITHOUT_REPLY", "closedWithoutReplyBecause", "STATE_WILL_NOT_ANSWER"));

        assertThat(demarche).hasPassed(ActionProcesses.END_CLOSED_WITHOUT_REPLY).isEnded();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_REPLY)).isZero();
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("state", "COMPLETED").containsEntry("outcome", "NO_REPLY_STATE_WILL_NOT_ANSWER"));
    }

    @Test
    void noReplyIn30DaysIsChasedAndIn60DaysRaisedToTheHeadOfMission() {
        String reference = demarcheCase();
        prepareAndDeliver(reference);
        ProcessInstance demarche = demarcheInstance(reference);
        List<Job> timers = managementService.createJobQuery().processInstanceId(demarche.getId()).timers()
                .orderByJobDuedate().asc().list();
        assertThat(timers).hasSize(2);
        Duration between = Duration.between(timers.get(0).getDuedate().toInstant(), timers.get(1).getDuedate().toInstant());
        assertThat(between).isBetween(Duration.ofDays(30).minusMinutes(1), Duration.ofDays(30).plusMinutes(1));

        managementService.executeJob(timers.get(0).getId());
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_CHASE_REPLY)).isOne();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_REPLY)).isOne();
        driver.complete(reference, ActionProcesses.TASK_CHASE_REPLY, "officer.alpha", Map.of("chasedOn", "2026-12-26"));

        managementService.executeJob(timers.get(1).getId());
        assertThat(driver.task(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL).getTaskDefinitionKey()).isEqualTo(ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL);
        driver.complete(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL, "ambassador.alpha", Map.of("raisedTo", "HEAD_OF_MISSION"));
        driver.complete(reference, ActionProcesses.TASK_RECORD_REPLY, "officer.alpha", reply("NONE"));

        assertThat(demarche).hasPassed(ActionProcesses.END_REPLY_CHASED, ActionProcesses.END_LEVEL_RAISED, ActionProcesses.END_DEMARCHE_COMPLETED).isEnded();
    }

    @Test
    void aDemarcheNamingADefenderWhoGaveNoConsentForTheHostStateIsRefusedAtDelivery() {
        String reference = driver.caseWithActions(CaseDriver.consentBefore(List.of("PARTNER_MISSIONS"), "DEMARCHE"), "DEMARCHE")
                .getBusinessKey();
        driver.complete(reference, ActionProcesses.TASK_PREPARE_DEMARCHE, "officer.alpha",
                Map.of("demarcheLevel", "WORKING_LEVEL", "sensitive_demarcheMessages", "Release the defender"));
        String deliver = driver.task(reference, ActionProcesses.TASK_DELIVER_DEMARCHE).getId();

        HttpResponse<String> refused = driver.submitForm(deliver, "officer.alpha",
                Map.of("deliveredOn", "2026-11-25", "namesDefender", "YES", "sensitive_deliveredTo", "Ministry of Justice"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("namesDefender");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_DELIVER_DEMARCHE)).as("the delivery is still to do").isOne();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_REPLY)).isZero();

        driver.complete(reference, ActionProcesses.TASK_DELIVER_DEMARCHE, "officer.alpha",
                Map.of("deliveredOn", "2026-11-25", "namesDefender", "NO", "sensitive_deliveredTo", "Ministry of Justice"));
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_REPLY)).as("a demarche on the pattern, naming no one").isOne();
    }

    @Test
    void aNewerRefusalForTheHostStateSupersedesTheConsentGivenBefore() {
        String reference = demarcheCase();
        UUID caseId = jdbc.queryForObject("select id from casework.case_file where reference = ?", UUID.class, reference);
        consentService.record(caseId, new ConsentService.Statement(List.of("DEMARCHE"), List.of("PARTNER_MISSIONS"), null),
                new ConsentService.Receipt("DEFENDER", "SECURE_CALL", null), "officer.alpha");
        driver.complete(reference, ActionProcesses.TASK_PREPARE_DEMARCHE, "officer.alpha",
                Map.of("demarcheLevel", "WORKING_LEVEL", "sensitive_demarcheMessages", "Release the defender"));

        HttpResponse<String> refused = driver.submitForm(driver.task(reference, ActionProcesses.TASK_DELIVER_DEMARCHE).getId(), "officer.alpha",
                Map.of("deliveredOn", "2026-11-25", "namesDefender", "YES", "sensitive_deliveredTo", "Ministry of Justice"));

        assertThat(refused.statusCode()).as("the newest decision for the host state is a refusal").isEqualTo(400);
        assertThat(consentService.permits(caseId, ActionType.DEMARCHE, Audience.PARTNER_MISSIONS)).isTrue();
    }

    @Test
    void aReplyRaisedToHeadquartersIsTakenUpThereAndRecorded() {
        String reference = demarcheCase();
        ProcessInstance demarche = demarcheInstance(reference);
        prepareAndDeliver(reference);

        driver.complete(reference, ActionProcesses.TASK_RECORD_REPLY, "officer.alpha", reply("HEADQUARTERS"));

        assertThat(demarche).isWaitingAt(ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS);
        assertThat(demarche).task().hasCandidateGroup("headquarters");
        driver.complete(reference, ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS, "hq.desk",
                Map.of("takenUpOn", "2026-12-02", "headquartersAction", "SUMMONED_AMBASSADOR",
                        "sensitive_headquartersNotes", "Ambassador summoned by the political director"));

        assertThat(demarche).hasPassed(ActionProcesses.END_TAKEN_UP_AT_HEADQUARTERS).isEnded();
        assertThat(demarche).hasNotPassed(ActionProcesses.END_DEMARCHE_COMPLETED);
        assertThat(driver.recordNotes(reference, ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS))
                .containsEntry("headquartersNotes", "Ambassador summoned by the political director");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(demarche.getId())
                .variableName("sensitive_headquartersNotes").count()).as("free text stays out of the engine").isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(demarche.getId())
                .activityId(ActionProcesses.TASK_PREPARE_DEMARCHE).count()).as("no follow-up demarche").isOne();
    }

    @Test
    void aDemarcheRaisedToHeadquartersAfter60DaysIsTakenUpThere() {
        String reference = demarcheCase();
        prepareAndDeliver(reference);
        ProcessInstance demarche = demarcheInstance(reference);
        Job sixtyDays = managementService.createJobQuery().processInstanceId(demarche.getId()).timers()
                .orderByJobDuedate().desc().list().get(0);

        managementService.executeJob(sixtyDays.getId());
        driver.complete(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL, "ambassador.alpha",
                Map.of("raisedTo", "HEADQUARTERS", "sensitive_raiseNotes", "Refer to the desk"));

        assertThat(demarche).hasNotPassed(ActionProcesses.END_LEVEL_RAISED);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS)).isOne();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_REPLY)).as("the reply is still awaited").isOne();
        driver.complete(reference, ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS, "hq.desk",
                Map.of("takenUpOn", "2027-01-26", "headquartersAction", "RAISED_AT_MINISTERIAL_LEVEL"));
        driver.complete(reference, ActionProcesses.TASK_RECORD_REPLY, "officer.alpha", reply("NONE"));

        assertThat(demarche).hasPassed(ActionProcesses.END_TAKEN_UP_AT_HEADQUARTERS, ActionProcesses.END_DEMARCHE_COMPLETED)
                .isEnded();
    }

    @Test
    void aNextStepOrLevelTheProcessDoesNotKnowIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
        String reference = demarcheCase();
        prepareAndDeliver(reference);
        ProcessInstance demarche = demarcheInstance(reference);

        HttpResponse<String> refused = driver.submitForm(driver.task(reference, ActionProcesses.TASK_RECORD_REPLY).getId(),
                "officer.alpha", reply("ESCALATE"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(ActionProcesses.REPLY_NEXT_STEP);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_REPLY)).isOne();

        Job sixtyDays = managementService.createJobQuery().processInstanceId(demarche.getId()).timers()
                .orderByJobDuedate().desc().list().get(0);
        managementService.executeJob(sixtyDays.getId());
        HttpResponse<String> unknownLevel = driver.submitForm(
                driver.task(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL).getId(), "ambassador.alpha",
                Map.of("raisedTo", "THE_PRESS"));

        assertThat(unknownLevel.statusCode()).isEqualTo(400);
        assertThat(unknownLevel.body()).contains(ActionProcesses.RAISED_TO);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL)).isOne();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS)).isZero();
    }

    private String demarcheCase() {
        return driver.caseWithActions(CaseDriver.consent("QUIET", "DEMARCHE"), "DEMARCHE").getBusinessKey();
    }

    private void prepareAndDeliver(String reference) {
        driver.complete(reference, ActionProcesses.TASK_PREPARE_DEMARCHE, "officer.alpha",
                Map.of("demarcheLevel", "WORKING_LEVEL", "sensitive_demarcheMessages", "Release the defender; guarantee a fair trial"));
        driver.complete(reference, ActionProcesses.TASK_DELIVER_DEMARCHE, "officer.alpha",
                Map.of("deliveredOn", "2026-11-25", "namesDefender", "YES", "sensitive_deliveredTo", "Ministry of Justice, human rights desk"));
    }

    private static Map<String, Object> reply(String nextStep) {
        return Map.of("repliedOn", "2026-11-30", "replyAssessment", "PARTIAL", "replyNextStep", nextStep);
    }

    /** The case's running Demarche instance (kept by the test to assert on after it ends). */
    private ProcessInstance demarcheInstance(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ActionProcesses.DEMARCHE).singleResult();
    }
}
