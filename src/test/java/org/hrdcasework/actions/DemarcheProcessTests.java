package org.hrdcasework.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.consent.Audience;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.system.engine.DemarcheLadder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/Demarche.bpmn up the designers' ladder (processes/DemarcheLadder.dmn): delivery, reply and its next
 * step (follow-up on the rung, climb, await a commitment, none), chases repeated on the rung's cycle, a senior
 * official's decision when the rung's raise time passes (next rung, wait longer, close without a reply), the
 * headquarters desk's rung and the public rung through the statement process.
 */
class DemarcheProcessTests extends ProcessTestSupport {

    @Autowired
    DemarcheLadder ladder;

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
    void theReplyClocksAreTheDesignersLadderAndARedeployedTableAppliesToTheNextDelivery() throws Exception {
        String probe = demarcheCase();
        int tier = ((Number) runtimeService.getVariable(demarcheInstance(probe).getId(), "urgencyTier")).intValue();
        DemarcheLadder.Clock clock = ladder.clock("WORKING_LEVEL", tier);
        String row = tier == 1 ? "Tier1" : "Other";
        withDesignerChange("DemarcheLadder.dmn", "<outputEntry id=\"Out_Clock_" + row + "_Chase\"><text>" + clock.chaseEveryDays() + "</text>",
                "<outputEntry id=\"Out_Clock_" + row + "_Chase\"><text>3</text>", ladder::forget, () -> {
            String reference = demarcheCase();
            prepareAndDeliver(reference);
            List<Job> timers = managementService.createJobQuery().processInstanceId(demarcheInstance(reference).getId()).timers()
                    .orderByJobDuedate().asc().list();
            assertThat(Duration.between(Instant.now(), timers.get(0).getDuedate().toInstant()))
                    .isBetween(Duration.ofDays(3).minusMinutes(5), Duration.ofDays(3));
            assertThat(Duration.between(Instant.now(), timers.get(1).getDuedate().toInstant()))
                    .isBetween(Duration.ofDays(clock.raiseAfterDays()).minusMinutes(5), Duration.ofDays(clock.raiseAfterDays()));
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
    void anUnansweredDemarcheIsChasedAgainAndAgainThenClimbsToTheHeadOfMissionWhoMayWaitLonger() {
        String reference = demarcheCase();
        prepareAndDeliver(reference);
        ProcessInstance demarche = demarcheInstance(reference);
        List<Job> timers = managementService.createJobQuery().processInstanceId(demarche.getId()).timers()
                .orderByJobDuedate().asc().list();
        assertThat(timers).hasSize(2);
        int tier = ((Number) runtimeService.getVariable(demarche.getId(), "urgencyTier")).intValue();
        DemarcheLadder.Clock clock = ladder.clock("WORKING_LEVEL", tier);
        Duration between = Duration.between(timers.get(0).getDuedate().toInstant(), timers.get(1).getDuedate().toInstant());
        assertThat(between).isBetween(Duration.ofDays(clock.raiseAfterDays() - clock.chaseEveryDays()).minusMinutes(1),
                Duration.ofDays(clock.raiseAfterDays() - clock.chaseEveryDays()).plusMinutes(1));

        // The chase comes round again while the reply is awaited.
        managementService.executeJob(timers.get(0).getId());
        driver.complete(reference, ActionProcesses.TASK_CHASE_REPLY, "officer.alpha", Map.of("chasedOn", "2026-12-26"));
        Job nextChase = managementService.createJobQuery().processInstanceId(demarche.getId()).timers()
                .activityId("BoundaryEvent_NoReplyChase").singleResult();
        // Fired here ahead of its time, the next chase counts from now.
        assertThat(Duration.between(Instant.now(), nextChase.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(clock.chaseEveryDays()).minusMinutes(5), Duration.ofDays(clock.chaseEveryDays()));
        managementService.executeJob(nextChase.getId());
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_CHASE_REPLY)).isOne();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_REPLY)).isOne();
        driver.complete(reference, ActionProcesses.TASK_CHASE_REPLY, "officer.alpha", Map.of("chasedOn", "2027-01-02"));

        managementService.executeJob(timers.get(1).getId());
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_REPLY)).as("the senior official decides now").isZero();
        assertThat(managementService.createJobQuery().processInstanceId(demarche.getId()).timers().count()).as("the chases end").isZero();
        driver.complete(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL, "ambassador.alpha", Map.of("raisedTo", "NEXT_RUNG"));
        assertThat(runtimeService.getVariable(demarche.getId(), ActionProcesses.DEMARCHE_RUNG)).isEqualTo("HEAD_OF_MISSION");
        prepareAndDeliver(reference);

        // Still no reply from the head of mission's demarche: wait longer on the rung, the clocks start again.
        managementService.executeJob(managementService.createJobQuery().processInstanceId(demarche.getId()).timers()
                .activityId("BoundaryEvent_NoReplyRaise").singleResult().getId());
        driver.complete(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL, "ambassador.alpha", Map.of("raisedTo", "WAIT_LONGER"));
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_REPLY)).isOne();
        assertThat(managementService.createJobQuery().processInstanceId(demarche.getId()).timers().count()).isEqualTo(2);
        driver.complete(reference, ActionProcesses.TASK_RECORD_REPLY, "officer.alpha", reply("NONE"));

        assertThat(demarche).hasPassed(ActionProcesses.END_REPLY_CHASED, ActionProcesses.END_DEMARCHE_COMPLETED).isEnded();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(demarche.getId())
                .activityId(ActionProcesses.TASK_DELIVER_DEMARCHE).count()).as("delivered on two rungs").isEqualTo(2);
    }

    @Test
    void anUnansweredDemarcheClimbsTheLadderToTheHeadquartersDeskAndIsClosedThereWithAReason() {
        String reference = demarcheCase();
        ProcessInstance demarche = demarcheInstance(reference);
        prepareAndDeliver(reference);
        raiseAfterSilence(reference, demarche, "NEXT_RUNG");
        prepareAndDeliver(reference);
        raiseAfterSilence(reference, demarche, "NEXT_RUNG");

        assertThat(demarche).isWaitingAt(ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS);
        assertThat(demarche).task().hasCandidateGroup("headquarters");
        org.camunda.bpm.engine.task.Task takeUp = driver.task(reference, ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS);
        assertThat(Duration.between(takeUp.getCreateTime().toInstant(), takeUp.getDueDate().toInstant()))
                .as("the escalation policy's row for the demarche ladder").isEqualTo(Duration.ofHours(48));
        driver.complete(reference, ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS, "hq.desk",
                Map.of("takenUpOn", "2027-03-02", "headquartersAction", "SUMMONED_AMBASSADOR",
                        "sensitive_headquartersNotes", "Ambassador summoned by the political director"));
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_REPLY)).as("the reply to headquarters is awaited").isOne();
        raiseAfterSilence(reference, demarche, null);
        driver.complete(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL, "ambassador.alpha",
                Map.of("raisedTo", "CLOSE_WITHOUT_REPLY", "closedWithoutReplyBecause", "STATE_WILL_NOT_ANSWER"));

        assertThat(demarche).hasPassed(ActionProcesses.END_CLOSED_WITHOUT_REPLY).isEnded();
        assertThat(driver.recordNotes(reference, ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS))
                .containsEntry("headquartersNotes", "Ambassador summoned by the political director");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(demarche.getId())
                .variableName("sensitive_headquartersNotes").count()).as("free text stays out of the engine").isZero();
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("state", "COMPLETED").containsEntry("outcome", "NO_REPLY_STATE_WILL_NOT_ANSWER"));
    }

    @Test
    void aFlatRefusalClimbsStraightToHeadquartersWhichMayTakeNoAction() {
        String reference = demarcheCase();
        ProcessInstance demarche = demarcheInstance(reference);
        prepareAndDeliver(reference);

        driver.complete(reference, ActionProcesses.TASK_RECORD_REPLY, "officer.alpha",
                Map.of("repliedOn", "2026-11-30", "replyAssessment", "REFUSED", "replyNextStep", "CLIMB"));

        assertThat(demarche).isWaitingAt(ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS);
        driver.complete(reference, ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS, "hq.desk",
                Map.of("takenUpOn", "2026-12-02", "headquartersAction", "NO_ACTION"));
        assertThat(demarche).hasPassed(ActionProcesses.END_TAKEN_UP_AT_HEADQUARTERS).isEnded();
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("outcome", "HEADQUARTERS_NO_ACTION"));
    }

    @Test
    void aCommitmentInTheReplyGetsItsOwnTimerAndABrokenOneClimbsTheLadder() {
        String reference = demarcheCase();
        ProcessInstance demarche = demarcheInstance(reference);
        prepareAndDeliver(reference);
        LocalDate promised = LocalDate.now().plusDays(10);

        // A commitment needs its date, after today.
        HttpResponse<String> noDate = driver.submitForm(driver.task(reference, ActionProcesses.TASK_RECORD_REPLY).getId(), "officer.alpha",
                Map.of("repliedOn", "2026-11-30", "replyAssessment", "PARTIAL", "replyNextStep", "AWAIT_COMMITMENT",
                        "commitmentDueOn", LocalDate.now().minusDays(1).toString()));
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(noDate.body()).contains(ActionProcesses.COMMITMENT_DUE_ON);
        driver.complete(reference, ActionProcesses.TASK_RECORD_REPLY, "officer.alpha",
                Map.of("repliedOn", "2026-11-30", "replyAssessment", "PARTIAL", "replyNextStep", "AWAIT_COMMITMENT",
                        "commitmentDueOn", promised.toString(), "sensitive_replySummary", "Will be released within ten days"));

        Job commitment = managementService.createJobQuery().processInstanceId(demarche.getId()).timers().singleResult();
        assertThat(commitment.getDuedate().toInstant()).isEqualTo(promised.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        managementService.executeJob(commitment.getId());
        driver.complete(reference, ActionProcesses.TASK_CHECK_COMMITMENT, "officer.alpha",
                Map.of("commitmentCheckedOn", promised.plusDays(1).toString(), "commitmentKept", "BROKEN",
                        "sensitive_commitmentNotes", "Still detained"));

        assertThat(runtimeService.getVariable(demarche.getId(), ActionProcesses.DEMARCHE_RUNG)).isEqualTo("HEAD_OF_MISSION");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_PREPARE_DEMARCHE)).isOne();
        prepareAndDeliver(reference);
        driver.complete(reference, ActionProcesses.TASK_RECORD_REPLY, "officer.alpha",
                Map.of("repliedOn", "2026-12-20", "replyAssessment", "SATISFACTORY", "replyNextStep", "AWAIT_COMMITMENT",
                        "commitmentDueOn", promised.plusDays(20).toString()));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(demarche.getId()).timers().singleResult().getId());
        driver.complete(reference, ActionProcesses.TASK_CHECK_COMMITMENT, "officer.alpha",
                Map.of("commitmentCheckedOn", promised.plusDays(21).toString(), "commitmentKept", "KEPT"));

        assertThat(demarche).hasPassed(ActionProcesses.END_COMMITMENT_KEPT).isEnded();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(demarche.getId())
                .variableNameLike("sensitive_%").count()).as("free text stays out of the engine").isZero();
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a).containsEntry("outcome", "COMMITMENT_KEPT"));
    }

    @Test
    void aJointDemarcheLeftWithoutAReplyGoesPublicThroughTheStatementProcess() {
        jdbc.update("INSERT INTO casework.partner_mission (id, mission_id, name, kind, active) VALUES (?, 'mission-alpha',"
                + " 'Embassy of Iceland', 'EMBASSY', true) ON CONFLICT (mission_id, name) DO NOTHING", UUID.randomUUID());
        String partner = jdbc.queryForObject("SELECT id::text FROM casework.partner_mission WHERE mission_id = 'mission-alpha'"
                + " AND name = 'Embassy of Iceland'", String.class);
        String reference = driver.caseWithActions(CaseDriver.consent("PUBLIC", "DEMARCHE", "PUBLIC_STATEMENT"), "DEMARCHE").getBusinessKey();
        ProcessInstance demarche = demarcheInstance(reference);
        prepareAndDeliver(reference);
        raiseAfterSilence(reference, demarche, "NEXT_RUNG");
        prepareAndDeliver(reference);
        raiseAfterSilence(reference, demarche, "NEXT_RUNG");
        driver.complete(reference, ActionProcesses.TASK_TAKE_UP_AT_HEADQUARTERS, "hq.desk",
                Map.of("takenUpOn", "2027-03-02", "headquartersAction", "RAISED_WITH_PARTNERS"));
        raiseAfterSilence(reference, demarche, "NEXT_RUNG");
        assertThat(runtimeService.getVariable(demarche.getId(), ActionProcesses.DEMARCHE_RUNG)).isEqualTo("JOINT_WITH_PARTNERS");
        // The joint rung: delivered with one of the mission's partner missions, a joint action of the case.
        driver.complete(reference, ActionProcesses.TASK_PREPARE_DEMARCHE, "officer.alpha",
                Map.of("sensitive_demarcheMessages", "Joint call for release"));
        String deliver = driver.task(reference, ActionProcesses.TASK_DELIVER_DEMARCHE).getId();
        HttpResponse<String> alone = driver.submitForm(deliver, "officer.alpha", Map.of("deliveredOn", "2027-04-02", "namesDefender", "NO"));
        assertThat(alone.statusCode()).isEqualTo(400);
        assertThat(alone.body()).contains(ActionProcesses.JOINT_PARTNER);
        driver.complete(reference, ActionProcesses.TASK_DELIVER_DEMARCHE, "officer.alpha",
                Map.of("deliveredOn", "2027-04-02", "namesDefender", "NO", "jointPartner", partner));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.joint_action j JOIN casework.case_file c ON c.id = j.case_id"
                + " WHERE c.reference = ? AND j.kind = 'JOINT_DEMARCHE' AND j.taken_on = DATE '2027-04-02'", Long.class, reference)).isOne();
        raiseAfterSilence(reference, demarche, "NEXT_RUNG");

        assertThat(driver.openTasks(reference, ActionProcesses.TASK_DRAFT_STATEMENT)).as("the public rung is the statement process").isOne();
        driver.complete(reference, ActionProcesses.TASK_DRAFT_STATEMENT, "officer.alpha",
                Map.of("sensitive_statementText", "The mission calls for the defender's release", "statementChannel", "PRESS_RELEASE"));
        driver.complete(reference, ActionProcesses.TASK_CLEAR_STATEMENT, "ambassador.alpha", Map.of("clearanceDecision", "CLEARED"));
        driver.complete(reference, ActionProcesses.TASK_PUBLISH_STATEMENT, "officer.alpha", Map.of("publishedOn", "2027-06-01"));

        assertThat(demarche).hasPassed(ActionProcesses.CALL_GO_PUBLIC, ActionProcesses.END_MADE_PUBLIC).isEnded();
        // Nothing above the public rung: the table has no row for it.
        assertThat(ladder.next("PUBLIC", "NO_REPLY", java.util.Set.of("PUBLIC"))).isEmpty();
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("outcome", ActionProcesses.OUTCOME_PUBLISHED));
    }

    @Test
    void aDemarcheNamingADefenderWhoGaveNoConsentForTheHostStateIsRefusedAtDelivery() {
        String reference = driver.caseWithActions(CaseDriver.consentBefore(List.of("PARTNER_MISSIONS"), "DEMARCHE"), "DEMARCHE")
                .getBusinessKey();
        driver.complete(reference, ActionProcesses.TASK_PREPARE_DEMARCHE, "officer.alpha",
                Map.of("sensitive_demarcheMessages", "Release the defender"));
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
                Map.of("sensitive_demarcheMessages", "Release the defender"));

        HttpResponse<String> refused = driver.submitForm(driver.task(reference, ActionProcesses.TASK_DELIVER_DEMARCHE).getId(), "officer.alpha",
                Map.of("deliveredOn", "2026-11-25", "namesDefender", "YES", "sensitive_deliveredTo", "Ministry of Justice"));

        assertThat(refused.statusCode()).as("the newest decision for the host state is a refusal").isEqualTo(400);
        assertThat(consentService.permits(caseId, ActionType.DEMARCHE, Audience.PARTNER_MISSIONS)).isTrue();
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

    @Test
    void atTheTopOfTheLadderClimbingIsRefusedNamingTheField() throws Exception {
        // A designer's ladder with no rung above working level: a climb has nowhere to go.
        withDesignerChange("DemarcheLadder.dmn", "<inputEntry id=\"Entry_Ladder_Working_Rung\"><text>\"WORKING_LEVEL\"</text>",
                "<inputEntry id=\"Entry_Ladder_Working_Rung\"><text>\"NO_SUCH_RUNG\"</text>", ladder::forget, () -> {
            String reference = demarcheCase();
            prepareAndDeliver(reference);
            HttpResponse<String> refused = driver.submitForm(driver.task(reference, ActionProcesses.TASK_RECORD_REPLY).getId(),
                    "officer.alpha", reply("CLIMB"));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains(ActionProcesses.REPLY_NEXT_STEP).contains("top of the ladder");
            assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_REPLY)).isOne();
        });
    }

    /** The rung's raise time passes without a reply; {@code raisedTo} (if any) is the senior official's answer. */
    private void raiseAfterSilence(String reference, ProcessInstance demarche, String raisedTo) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(demarche.getId()).timers()
                .activityId("BoundaryEvent_NoReplyRaise").singleResult().getId());
        if (raisedTo != null) {
            driver.complete(reference, ActionProcesses.TASK_RAISE_DEMARCHE_LEVEL, "ambassador.alpha", Map.of("raisedTo", raisedTo));
        }
    }

    private String demarcheCase() {
        return driver.caseWithActions(CaseDriver.consent("QUIET", "DEMARCHE"), "DEMARCHE").getBusinessKey();
    }

    private void prepareAndDeliver(String reference) {
        driver.complete(reference, ActionProcesses.TASK_PREPARE_DEMARCHE, "officer.alpha",
                Map.of("sensitive_demarcheMessages", "Release the defender; guarantee a fair trial"));
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
