package org.hrdcasework.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.engine.Cadences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/UnReferral.bpmn: public consent, preparation, clearance, submission, the state's 60-day reply clock, and the
 * follow-up of an unanswered communication (further communication, the UN another way, no further step).
 */
class UnReferralProcessTests extends ProcessTestSupport {

    @Autowired
    UnReferralService referrals;
    @Autowired
    Cadences cadences;
    @Autowired
    Clock clock;

    @Test
    void withoutPublicConsentToCoordinationTheReferralIsRefusedAndEnds() {
        String caseReference = caseWithConsent("QUIET", "COORDINATION");
        UnReferralService.Started started = referrals.request(CaseDriver.OFFICER_ALPHA, caseReference,
                UnForum.HRC_SESSION, null, false);

        assertThat(started.status()).isEqualTo(ReferralStatus.REFUSED_NO_CONSENT);
        assertThat(historicInstance(started.reference())).isNotNull();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(historicInstance(started.reference()))
                .activityId(CoordinationProcesses.END_REFUSED_NO_CONSENT).count()).isOne();
        assertThat(row(started.reference())).containsEntry("status", "REFUSED_NO_CONSENT").containsEntry("forum", "HRC_SESSION");
    }

    @Test
    void aReturnedSubmissionIsPreparedAgainAndAReplyInTimeEndsTheReferral() {
        String caseReference = caseWithConsent("PUBLIC", "COORDINATION");
        UnReferralService.Started started = referrals.request(CaseDriver.OFFICER_ALPHA, caseReference,
                UnForum.SPECIAL_PROCEDURE, UnMandate.SR_HUMAN_RIGHTS_DEFENDERS, true);
        String reference = started.reference();
        ProcessInstance instance = instance(reference);

        assertThat(reference).matches("ALPHA-UN-\\d{4}");
        assertThat(started.status()).isEqualTo(ReferralStatus.PREPARING);
        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_PREPARE_SUBMISSION);
        assertThat(instance).task().hasCandidateGroup("case-officers");
        prepareAndClear(reference, "RETURNED");
        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_PREPARE_SUBMISSION);
        assertThat(row(reference)).containsEntry("status", "PREPARING");
        prepareAndClear(reference, "CLEARED");
        assertThat(row(reference)).containsEntry("status", "CLEARED").containsEntry("cleared_by", "ambassador.alpha");
        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_RECORD_SUBMISSION);

        LocalDate today = LocalDate.now(clock);
        driver.complete(reference, CoordinationProcesses.TASK_RECORD_SUBMISSION, "officer.alpha",
                Map.of(CoordinationProcesses.SUBMITTED_ON, today.toString()));

        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_RECORD_STATE_REPLY);
        assertThat(instance).task().hasCandidateGroup("case-officers");
        assertThat(row(reference)).containsEntry("status", "SUBMITTED").containsEntry("submitted_on", today.toString())
                .containsEntry("reply_due_on", today.plusDays(60).toString());
        // Before the UN with the mission behind it: a reprisal watch on the case, naming the referral by its id.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.reprisal_watch w JOIN casework.un_referral u"
                + " ON u.case_id = w.case_id AND u.id::text = w.engagement_ref WHERE u.reference = ? AND w.engagement_kind = 'UN_SUBMISSION'",
                Long.class, reference)).isOne();
        Job timer = replyTimer(instance);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(today.plusDays(60).atStartOfDay(ZoneOffset.UTC).toInstant());
        // The escalation policy's level 1 (the task's due date) never comes before the reply clock runs out.
        Task waiting = driver.task(reference, CoordinationProcesses.TASK_RECORD_STATE_REPLY);
        assertThat(Duration.between(waiting.getCreateTime().toInstant(), waiting.getDueDate().toInstant()))
                .isEqualTo(Duration.ofDays(60));
        assertThat(waiting.getDueDate()).isAfterOrEqualTo(timer.getDuedate());

        driver.complete(reference, CoordinationProcesses.TASK_RECORD_STATE_REPLY, "officer.alpha",
                Map.of(CoordinationProcesses.STATE_REPLIED, "YES", CoordinationProcesses.REPLIED_ON, today.toString(),
                        CoordinationProcesses.REPLY_ASSESSMENT, "UNSATISFACTORY",
                        "sensitive_replySummary", "Denies the detention is linked to the defender's work"));

        assertThat(instance).hasPassed(CoordinationProcesses.END_STATE_REPLIED).isEnded();
        assertThat(row(reference)).containsEntry("status", "STATE_REPLIED").containsEntry("state_replied_on", today.toString())
                .containsEntry("reply_assessment", "UNSATISFACTORY").containsEntry("mandate", "SR_HUMAN_RIGHTS_DEFENDERS")
                .containsEntry("nhri_engaged", true);
    }

    @Test
    void withoutAReplyInSixtyDaysTheTimerSendsTheCommunicationToTheSupervisorsForFollowUp() {
        String reference = submittedReferral();
        ProcessInstance instance = instance(reference);

        managementService.executeJob(replyTimer(instance).getId());

        assertThat(instance).hasPassed(CoordinationProcesses.BOUNDARY_REPLY_OVERDUE, CoordinationProcesses.TASK_MARK_UNANSWERED)
                .isWaitingAt(CoordinationProcesses.TASK_FOLLOW_UP);
        assertThat(instance).task().hasCandidateGroup("supervisors");
        assertThat(driver.openTasks(reference, CoordinationProcesses.TASK_RECORD_STATE_REPLY)).isZero();
        assertThat(row(reference)).containsEntry("status", "UNANSWERED");
        driver.complete(reference, CoordinationProcesses.TASK_FOLLOW_UP, "supervisor.alpha",
                Map.of(CoordinationProcesses.FOLLOW_UP, "RAISE_AT_NEXT_HRC_SESSION", "sensitive_followUpNotes", "Item 4 debate"));

        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_TAKE_FOLLOW_UP_TO_UN);
        assertThat(instance).task().hasCandidateGroup("case-officers");
        assertThat(row(reference)).containsEntry("status", "FOLLOWED_UP").containsEntry("follow_up", "RAISE_AT_NEXT_HRC_SESSION");
        driver.complete(reference, CoordinationProcesses.TASK_TAKE_FOLLOW_UP_TO_UN, "officer.alpha",
                Map.of(CoordinationProcesses.TAKEN_TO_UN_ON, LocalDate.now(clock).toString(),
                        CoordinationProcesses.UN_FOLLOW_UP_TAKEN, "RAISED_AT_HRC_SESSION",
                        "sensitive_unFollowUpNotes", "Raised in the item 4 general debate with two partners"));

        assertThat(instance).hasPassed(CoordinationProcesses.END_FOLLOWED_UP).hasNotPassed(CoordinationProcesses.END_NO_FURTHER_STEP)
                .isEnded();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("sensitive_unFollowUpNotes").count()).as("free text stays out of the engine").isZero();
    }

    @Test
    void aStateThatDeclaresItWillNotReplyIsFollowedUpAtOnce() {
        String reference = submittedReferral();
        ProcessInstance instance = instance(reference);

        driver.complete(reference, CoordinationProcesses.TASK_RECORD_STATE_REPLY, "officer.alpha",
                Map.of(CoordinationProcesses.STATE_REPLIED, "NO"));

        assertThat(instance).hasPassed(CoordinationProcesses.GATEWAY_STATE_REPLIED, CoordinationProcesses.TASK_MARK_UNANSWERED)
                .isWaitingAt(CoordinationProcesses.TASK_FOLLOW_UP);
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().count()).isZero();
        driver.complete(reference, CoordinationProcesses.TASK_FOLLOW_UP, "supervisor.alpha",
                Map.of(CoordinationProcesses.FOLLOW_UP, "NONE"));
        assertThat(instance).hasPassed(CoordinationProcesses.END_NO_FURTHER_STEP).isEnded();
        assertThat(row(reference)).containsEntry("status", "FOLLOWED_UP").containsEntry("follow_up", "NONE");
    }

    @Test
    void aFurtherCommunicationIsRecordedAndRestartsTheWaitForTheStatesReply() {
        String reference = submittedReferral();
        ProcessInstance instance = instance(reference);
        driver.complete(reference, CoordinationProcesses.TASK_RECORD_STATE_REPLY, "officer.alpha",
                Map.of(CoordinationProcesses.STATE_REPLIED, "NO"));

        driver.complete(reference, CoordinationProcesses.TASK_FOLLOW_UP, "supervisor.alpha",
                Map.of(CoordinationProcesses.FOLLOW_UP, "FURTHER_COMMUNICATION"));

        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_RECORD_SUBMISSION);
        assertThat(row(reference)).containsEntry("status", "FOLLOWED_UP").containsEntry("follow_up", "FURTHER_COMMUNICATION");
        LocalDate today = LocalDate.now(clock);
        // The referral was opened days before its first communication went, which went today.
        jdbc.update("UPDATE casework.un_referral SET created_at = created_at - interval '5 days' WHERE reference = ?", reference);
        assertThatThrownBy(() -> driver.complete(reference, CoordinationProcesses.TASK_RECORD_SUBMISSION, "officer.alpha",
                Map.of(CoordinationProcesses.SUBMITTED_ON, today.minusDays(1).toString())))
                .as("a further communication does not go before the first")
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(CoordinationProcesses.SUBMITTED_ON)
                .hasMessageContaining("previous communication");
        driver.complete(reference, CoordinationProcesses.TASK_RECORD_SUBMISSION, "officer.alpha",
                Map.of(CoordinationProcesses.SUBMITTED_ON, today.toString()));

        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_RECORD_STATE_REPLY);
        assertThat(row(reference)).containsEntry("status", "SUBMITTED").containsEntry("reply_due_on", today.plusDays(60).toString());
        assertThat(replyTimer(instance).getDuedate().toInstant()).isEqualTo(today.plusDays(60).atStartOfDay(ZoneOffset.UTC).toInstant());
        driver.complete(reference, CoordinationProcesses.TASK_RECORD_STATE_REPLY, "officer.alpha",
                Map.of(CoordinationProcesses.STATE_REPLIED, "YES", CoordinationProcesses.REPLIED_ON, today.toString(),
                        CoordinationProcesses.REPLY_ASSESSMENT, "SATISFACTORY"));

        assertThat(instance).hasPassed(CoordinationProcesses.END_STATE_REPLIED).isEnded();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(CoordinationProcesses.TASK_RECORD_SUBMISSION).count()).isEqualTo(2);
    }

    @Test
    void aFollowUpOrAnOutcomeTheProcessDoesNotKnowIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
        String reference = submittedReferral();
        ProcessInstance instance = instance(reference);
        managementService.executeJob(replyTimer(instance).getId());

        HttpResponse<String> refused = driver.submitForm(driver.task(reference, CoordinationProcesses.TASK_FOLLOW_UP).getId(),
                "supervisor.alpha", Map.of(CoordinationProcesses.FOLLOW_UP, "PRESS_RELEASE"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(CoordinationProcesses.FOLLOW_UP);
        assertThat(driver.openTasks(reference, CoordinationProcesses.TASK_FOLLOW_UP)).isOne();
        assertThat(row(reference)).containsEntry("status", "UNANSWERED");

        driver.complete(reference, CoordinationProcesses.TASK_FOLLOW_UP, "supervisor.alpha",
                Map.of(CoordinationProcesses.FOLLOW_UP, "JOINT_STATEMENT"));
        HttpResponse<String> unknownOutcome = driver.submitForm(
                driver.task(reference, CoordinationProcesses.TASK_TAKE_FOLLOW_UP_TO_UN).getId(), "officer.alpha",
                Map.of(CoordinationProcesses.TAKEN_TO_UN_ON, LocalDate.now(clock).toString(),
                        CoordinationProcesses.UN_FOLLOW_UP_TAKEN, "TWEETED"));

        assertThat(unknownOutcome.statusCode()).isEqualTo(400);
        assertThat(unknownOutcome.body()).contains(CoordinationProcesses.UN_FOLLOW_UP_TAKEN);
        assertThat(driver.openTasks(reference, CoordinationProcesses.TASK_TAKE_FOLLOW_UP_TO_UN)).isOne();
        assertThatThrownBy(() -> driver.complete(reference, CoordinationProcesses.TASK_TAKE_FOLLOW_UP_TO_UN, "officer.alpha",
                Map.of(CoordinationProcesses.TAKEN_TO_UN_ON, LocalDate.now(clock).plusDays(2).toString(),
                        CoordinationProcesses.UN_FOLLOW_UP_TAKEN, "JOINT_STATEMENT_DELIVERED")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(CoordinationProcesses.TAKEN_TO_UN_ON);
        assertThat(instance).isWaitingAt(CoordinationProcesses.TASK_TAKE_FOLLOW_UP_TO_UN);
    }

    @Test
    void aSubmissionNamingTheDefenderIsRefusedAndTheTaskStaysOpen() {
        String reference = referrals.request(CaseDriver.OFFICER_ALPHA, caseWithConsent("PUBLIC", "COORDINATION"),
                UnForum.UNGA_THIRD_COMMITTEE, null, false).reference();

        assertThatThrownBy(() -> driver.complete(reference, CoordinationProcesses.TASK_PREPARE_SUBMISSION, "officer.alpha",
                Map.of(CoordinationProcesses.SUBMISSION_TEXT, "The arrest of TEST PERSON on 1 November")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining(CoordinationProcesses.SUBMISSION_TEXT);

        assertThat(driver.openTasks(reference, CoordinationProcesses.TASK_PREPARE_SUBMISSION)).isOne();
        assertThat(jdbc.queryForObject("SELECT submission_text_enc IS NULL FROM casework.un_referral WHERE reference = ?",
                Boolean.class, reference)).isTrue();
    }

    @Test
    void aSubmissionDateInTheFutureIsRefusedNamingTheField() {
        String reference = referrals.request(CaseDriver.OFFICER_ALPHA, caseWithConsent("PUBLIC", "COORDINATION"),
                UnForum.HRC_SESSION, null, false).reference();
        prepareAndClear(reference, "CLEARED");

        assertThatThrownBy(() -> driver.complete(reference, CoordinationProcesses.TASK_RECORD_SUBMISSION, "officer.alpha",
                Map.of(CoordinationProcesses.SUBMITTED_ON, LocalDate.now(clock).plusDays(3).toString())))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(CoordinationProcesses.SUBMITTED_ON);
        assertThat(driver.openTasks(reference, CoordinationProcesses.TASK_RECORD_SUBMISSION)).isOne();
        assertThat(row(reference)).containsEntry("status", "CLEARED").containsEntry("reply_due_on", null);
    }

    @Test
    void theStatesReplyTimeIsTheDesignersTableAndARedeployedTableAppliesToTheNextSubmission() throws Exception {
        withDesignerChange("Cadences.dmn", "<outputEntry id=\"Out_UnReply\"><text>60</text></outputEntry>",
                "<outputEntry id=\"Out_UnReply\"><text>45</text></outputEntry>", cadences::forget, () -> {
            String reference = referrals.request(CaseDriver.OFFICER_ALPHA, caseWithConsent("PUBLIC", "COORDINATION"),
                    UnForum.HRC_SESSION, null, false).reference();
            prepareAndClear(reference, "CLEARED");
            LocalDate today = LocalDate.now(clock);
            driver.complete(reference, CoordinationProcesses.TASK_RECORD_SUBMISSION, "officer.alpha",
                    Map.of(CoordinationProcesses.SUBMITTED_ON, today.toString()));
            assertThat(row(reference)).containsEntry("reply_due_on", today.plusDays(45).toString());
            assertThat(replyTimer(instance(reference)).getDuedate().toInstant())
                    .isEqualTo(today.plusDays(45).atStartOfDay(ZoneOffset.UTC).toInstant());
        });
        assertThat(cadences.days(Cadences.UN_REPLY, null)).isEqualTo(60);
    }

    private String submittedReferral() {
        String reference = referrals.request(CaseDriver.OFFICER_ALPHA, caseWithConsent("PUBLIC", "COORDINATION"),
                UnForum.HRC_SESSION, null, false).reference();
        prepareAndClear(reference, "CLEARED");
        driver.complete(reference, CoordinationProcesses.TASK_RECORD_SUBMISSION, "officer.alpha",
                Map.of(CoordinationProcesses.SUBMITTED_ON, LocalDate.now(clock).toString()));
        return reference;
    }

    private void prepareAndClear(String reference, String decision) {
        driver.complete(reference, CoordinationProcesses.TASK_PREPARE_SUBMISSION, "officer.alpha",
                Map.of(CoordinationProcesses.SUBMISSION_TEXT, "Communication about the defender HRD code name"));
        assertThat(driver.task(reference, CoordinationProcesses.TASK_CLEAR_SUBMISSION).getTaskDefinitionKey())
                .isEqualTo(CoordinationProcesses.TASK_CLEAR_SUBMISSION);
        assertThat(instance(reference)).task().hasCandidateGroup("senior-officials");
        // Four eyes: the supervisor cannot hand the clearance to the officer who prepared the submission.
        HttpResponse<String> toDrafter = http.postJson("/engine-rest/task/" + driver.task(reference,
                CoordinationProcesses.TASK_CLEAR_SUBMISSION).getId() + "/assignee", "supervisor.alpha", "{\"userId\": \"officer.alpha\"}");
        assertThat(toDrafter.statusCode()).isEqualTo(400);
        assertThat(toDrafter.body()).contains("officer.alpha drafted the UN submission");
        driver.complete(reference, CoordinationProcesses.TASK_CLEAR_SUBMISSION, "ambassador.alpha",
                Map.of(CoordinationProcesses.CLEARANCE_DECISION, decision));
    }

    private Job replyTimer(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(CoordinationProcesses.BOUNDARY_REPLY_OVERDUE).singleResult();
    }

    private String caseWithConsent(String scope, String action) {
        return driver.caseWithActions(CaseDriver.consent(scope, action), "DEMARCHE").getBusinessKey();
    }

    private ProcessInstance instance(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(CoordinationProcesses.UN_REFERRAL_KEY).singleResult();
    }

    private String historicInstance(String reference) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(CoordinationProcesses.UN_REFERRAL_KEY).singleResult().getId();
    }

    private Map<String, Object> row(String reference) {
        return jdbc.queryForMap("SELECT status, forum, mandate, cleared_by, submitted_on::text AS submitted_on, "
                + "reply_due_on::text AS reply_due_on, state_replied_on::text AS state_replied_on, reply_assessment, "
                + "follow_up, nhri_engaged FROM casework.un_referral WHERE reference = ?", reference);
    }
}
