package org.hrdcasework.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ReportChannel;
import org.hrdcasework.cases.SituationChange;
import org.hrdcasework.cases.ThreatReport;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.deadlines.DeadlinePolicy;
import org.hrdcasework.system.engine.ProcessVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/EscalationWatch.bpmn and HandleEscalation.bpmn, timers driven by executing their jobs. */
class EscalationTests extends ProcessTestSupport {

    @Autowired
    GreenMail greenMail;
    @Autowired
    TaskService taskService;
    @Autowired
    EscalationEngine escalationActions;
    @Autowired
    CaseFileService caseFileService;
    @Autowired
    RepositoryService repositoryService;

    @BeforeEach
    void clearMail() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void aStalledTierOneReportEscalatesLevelByLevelAtThePolicyDeadlines() throws Exception {
        String reference = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        Task verify = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT);
        Instant created = verify.getCreateTime().toInstant();
        ProcessInstance watch = watchOf(verify.getId());
        assertThat(verify.getDueDate().toInstant()).isEqualTo(created.plus(Duration.ofHours(2)));

        fireDeadline(watch, created.plus(Duration.ofHours(2)));
        assertThat(escalations(reference)).containsExactly(1);
        Task level1 = handleTask(reference, 1);
        assertThat(taskService.getIdentityLinksForTask(level1.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("supervisors"));
        assertThat(level1.getTenantId()).isEqualTo("mission-alpha");
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("supervisor.alpha@mission.example");
        assertThat(mail.getSubject()).contains(reference);
        assertThat(GreenMailUtil.getBody(mail)).contains(reference).contains(CaseOfConcernProcess.TASK_VERIFY_REPORT)
                .doesNotContain("Test Person").doesNotContain("Detained after a protest");

        fireDeadline(watch, created.plus(Duration.ofHours(6)));
        fireDeadline(watch, created.plus(Duration.ofHours(24)));
        assertThat(escalations(reference)).containsExactly(1, 2, 3);
        assertThat(taskService.getIdentityLinksForTask(handleTask(reference, 3).getId()))
                .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("headquarters"));
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
        assertThat(verify.getAssignee()).as("the work stays with its officer").isNull();

        driver.complete(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                Map.of("isDefender", "YES", "linkedToHumanRightsWork", "YES"));

        assertThat(watch).hasPassed(EscalationProcesses.EVENT_WORK_COMPLETED_AFTER_ALL_LEVELS, EscalationProcesses.TASK_RESOLVE_ESCALATIONS).isEnded();
        assertThat(taskService.createTaskQuery().processInstanceId(watch.getId()).count())
                .as("handling tasks of done work are cancelled").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.escalation WHERE case_reference = ? AND resolved_at IS NULL",
                Long.class, reference)).isZero();
    }

    @Test
    void tierTwoReportsGetTheirLongerDeadline() {
        String reference = driver.fileReport(ThreatType.SMEAR_CAMPAIGN).getBusinessKey();
        Task verify = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT);
        assertThat(timerOf(watchOf(verify.getId())).getDuedate().toInstant())
                .isEqualTo(verify.getCreateTime().toInstant().plus(Duration.ofHours(24)));
    }

    @Test
    void workDoneInTimeEndsTheWatchWithoutEscalation() {
        String reference = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        ProcessInstance watch = watchOf(driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT).getId());

        driver.complete(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                Map.of("isDefender", "YES", "linkedToHumanRightsWork", "YES"));

        assertThat(watch).hasPassed(EscalationProcesses.EVENT_WORK_COMPLETED).hasNotPassed(EscalationProcesses.TASK_ESCALATE).isEnded();
        assertThat(escalations(reference)).isEmpty();
    }

    @Test
    void aReassessmentThatChangesTheTierRetimesOpenDeadlines() {
        String reference = driver.caseWithActions(CaseDriver.consent("QUIET", "COORDINATION"), "COORDINATION").getBusinessKey();
        Task coordinate = driver.task(reference, ActionProcesses.TASK_COORDINATE);
        ProcessInstance watch = watchOf(coordinate.getId());
        Instant created = coordinate.getCreateTime().toInstant();
        assertThat(timerOf(watch).getDuedate().toInstant()).isEqualTo(created.plus(Duration.ofHours(48)));

        caseFileService.reportSituationChange(CaseDriver.OFFICER_ALPHA, reference, SituationChange.RELOCATION);
        driver.complete(reference, CaseOfConcernProcess.TASK_REASSESS_RISK, "officer.alpha",
                CaseDriver.assessment("LOW", "LOW", "HIGH", "AT_LIBERTY"));

        assertThat(watch).hasPassed(EscalationProcesses.EVENT_DEADLINES_CHANGED);
        assertThat(timerOf(watch).getDuedate().toInstant()).isEqualTo(created.plus(Duration.ofDays(14)));
    }

    @Test
    void aTimerThatFiresTwiceEscalatesOnceAndMailsOnce() {
        String reference = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        Task verify = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT);
        EscalationService.Escalation escalation = new EscalationService.Escalation(
                UUID.fromString((String) runtimeService.getVariable(watchOf(verify.getId()).getId(), "caseId")),
                "mission-alpha", reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, verify.getId(), 1, Instant.now());

        boolean first = escalationActions.escalate(escalation).isPresent();
        boolean second = escalationActions.escalate(escalation).isPresent();

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(escalations(reference)).containsExactly(1);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aDeadlineAnotherNodeAlreadyEscalatedCreatesNoSecondTaskOrMail() throws Exception {
        String reference = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        Task verify = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT);
        ProcessInstance watch = watchOf(verify.getId());
        Instant due = verify.getCreateTime().toInstant().plus(Duration.ofHours(2));
        escalationActions.escalate(new EscalationService.Escalation(
                UUID.fromString((String) runtimeService.getVariable(watch.getId(), "caseId")), "mission-alpha", reference,
                CaseOfConcernProcess.TASK_VERIFY_REPORT, verify.getId(), 1, due));
        greenMail.purgeEmailFromAllMailboxes();

        fireDeadline(watch, due);

        assertThat(watch).hasPassed(EscalationProcesses.GATEWAY_ESCALATION_CREATED, EscalationProcesses.GATEWAY_JOIN_AFTER_ESCALATION).hasNotPassed(EscalationProcesses.TASK_HANDLE_ESCALATION);
        assertThat(escalations(reference)).containsExactly(1);
        assertThat(driver.openTasks(reference, EscalationProcesses.TASK_HANDLE_ESCALATION)).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(timerOf(watch).getDuedate().toInstant()).isEqualTo(verify.getCreateTime().toInstant().plus(Duration.ofHours(6)));
    }

    @Test
    void aSupervisorCanReassignTheStalledWorkOrExtendItsDeadlineWithAReason() {
        String reference = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        Task verify = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT);
        ProcessInstance watch = watchOf(verify.getId());
        fireDeadline(watch, verify.getCreateTime().toInstant().plus(Duration.ofHours(2)));

        driver.complete(reference, EscalationProcesses.TASK_HANDLE_ESCALATION, "supervisor.alpha",
                Map.of("escalationDecision", "REASSIGN", "reassignTo", "hq.desk"));
        assertThat(taskService.createTaskQuery().taskId(verify.getId()).singleResult().getAssignee()).isEqualTo("hq.desk");
        assertThat(jdbc.queryForMap("SELECT decision, decided_by FROM casework.escalation WHERE case_reference = ? AND level = 1",
                reference)).containsEntry("decision", "REASSIGN").containsEntry("decided_by", "supervisor.alpha");

        Instant before = timerOf(watch).getDuedate().toInstant();
        fireDeadline(watch, before);
        driver.complete(reference, EscalationProcesses.TASK_HANDLE_ESCALATION, "ambassador.alpha",
                Map.of("escalationDecision", "EXTEND", "extendBy", "P3D", "sensitive_escalationNote", "Defender unreachable until Monday"));
        assertThat(timerOf(watch).getDuedate().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(3)).minusSeconds(60));
        assertThat(driver.recordNotes(reference, EscalationProcesses.TASK_HANDLE_ESCALATION))
                .containsEntry("escalationNote", "Defender unreachable until Monday");
    }

    @Test
    void aSeniorOfficialsOwnStalledTaskGoesStraightToHeadquartersAtTheLevelThreeDeadline() throws Exception {
        String reference = driver.caseWithActions(CaseDriver.consent("PUBLIC", "PUBLIC_STATEMENT"), "PUBLIC_STATEMENT")
                .getBusinessKey();
        driver.complete(reference, ActionProcesses.TASK_DRAFT_STATEMENT, "officer.alpha", Map.of(
                "sensitive_statementText", "The mission is concerned", "statementChannel", "PRESS_RELEASE"));
        Task clearance = driver.task(reference, ActionProcesses.TASK_CLEAR_STATEMENT);
        ProcessInstance watch = watchOf(clearance.getId());
        Integer tier = (Integer) runtimeService.getVariable(watch.getId(), ProcessVariables.URGENCY_TIER);
        DeadlinePolicy.Deadlines deadlines = escalationActions.deadlines(ActionProcesses.TASK_CLEAR_STATEMENT, tier,
                clearance.getCreateTime().toInstant(), null).orElseThrow();
        assertThat(runtimeService.getVariable(watch.getId(), EscalationProcesses.NEXT_LEVEL))
                .as("the ladder starts above the senior officials who own the clearance (EscalationLadder)").isEqualTo(3);

        fireDeadline(watch, deadlines.level3());

        assertThat(jdbc.queryForList("SELECT level FROM casework.escalation WHERE task_id = ?", Integer.class, clearance.getId()))
                .containsExactly(3);
        assertThat(handleTask(reference, 1)).as("no supervisor is asked to chase a senior official").isNull();
        assertThat(taskService.getIdentityLinksForTask(handleTask(reference, 3).getId()))
                .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("headquarters"));
        assertThat(greenMail.getReceivedMessages()).singleElement().satisfies(mail -> assertThat(mail.getAllRecipients())
                .extracting(Object::toString).containsExactly("hq.desk@mission.example"));
        assertThat(timerOf(watch)).as("nothing above headquarters").isNull();
    }

    @Test
    void anArrestReportedAtTwoOnASaturdayReachesTheHeadOfMissionAtOnceAndHeadquartersAtFortyEightHoursWithoutAction()
            throws Exception {
        // Reported in the night to Saturday; the clock counts from the start of the incident's day.
        LocalDate saturday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        String reference = caseFileService.fileThreatReport(CaseDriver.OFFICER_ALPHA, new ThreatReport("mission-alpha",
                new ThreatReport.Defender("Clock Person", null),
                new ThreatReport.Threat(ThreatType.ARREST, "Taken from home at 02:00", saturday), ReportChannel.PHONE_OR_MESSAGE, null));
        String caseId = driver.caseRow(reference).get("id").toString();
        Instant incident = saturday.atStartOfDay(ZoneOffset.UTC).toInstant();
        ProcessInstance clock = watchOf(EscalationProcesses.CASE_CLOCK_PREFIX + caseId);
        assertThat(runtimeService.getVariable(clock.getId(), EscalationProcesses.NEXT_LEVEL))
                .as("tier 1: the ladder starts at the head of mission (EscalationLadder, case-clock)").isEqualTo(2);

        fireDeadline(clock, incident);
        assertThat(clockEscalations(caseId)).containsExactly(2);
        assertThat(taskService.getIdentityLinksForTask(handleTask(reference, 2).getId()))
                .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("senior-officials"));
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("ambassador.alpha@mission.example");
        assertThat(GreenMailUtil.getBody(mail)).contains(reference).contains(EscalationProcesses.CASE_CLOCK)
                .doesNotContain("Clock Person").doesNotContain("Taken from home");

        fireDeadline(clock, incident.plus(Duration.ofHours(48)));
        assertThat(clockEscalations(caseId)).containsExactly(2, 3);
        assertThat(taskService.getIdentityLinksForTask(handleTask(reference, 3).getId()))
                .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("headquarters"));
        assertThat(escalationActions.firstLevel(List.of(EscalationProcesses.CASE_CLOCK_OWNER), 2))
                .as("a tier-2 case's clock starts with the supervisors").isEqualTo(1);

        // The first action starts: the clock stops and its escalations are resolved.
        driver.complete(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                Map.of("isDefender", "YES", "linkedToHumanRightsWork", "YES"));
        driver.complete(reference, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha",
                CaseDriver.assessment("HIGH", "HIGH", "LOW", "DETAINED"));
        driver.complete(reference, CaseOfConcernProcess.TASK_RECORD_CONSENT, "officer.alpha", CaseDriver.consent("QUIET", "DEMARCHE"));
        assertThat(clock).isNotEnded();
        driver.complete(reference, CaseOfConcernProcess.TASK_PLAN_ACTIONS, "officer.alpha", Map.of("plannedActionTypes", List.of("DEMARCHE")));
        assertThat(clock).isEnded();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.escalation WHERE task_id = ? AND resolved_at IS NULL",
                Long.class, EscalationProcesses.CASE_CLOCK_PREFIX + caseId)).isZero();
    }

    @Test
    void aRedeployedRecipientRowRoutesTheNextEscalationToTheNewGroup() throws Exception {
        withDesignerChange("EscalationPolicy.dmn", "<outputEntry id=\"Out_Recipients_Level1\"><text>\"supervisors\"</text>",
                "<outputEntry id=\"Out_Recipients_Level1\"><text>\"senior-officials\"</text>",
                escalationActions::forgetPolicyAnswers, () -> {
            String reference = driver.fileReport(ThreatType.ARREST).getBusinessKey();
            Task verify = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT);
            fireDeadline(watchOf(verify.getId()), verify.getCreateTime().toInstant().plus(Duration.ofHours(2)));

            assertThat(escalations(reference)).containsExactly(1);
            assertThat(taskService.getIdentityLinksForTask(handleTask(reference, 1).getId()))
                    .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("senior-officials"))
                    .noneSatisfy(l -> assertThat(l.getGroupId()).isEqualTo("supervisors"));
            assertThat(greenMail.getReceivedMessages()).singleElement().satisfies(mail -> {
                assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("ambassador.alpha@mission.example");
                assertThat(GreenMailUtil.getBody(mail)).contains("level 1 (senior-officials)");
            });
        });
        assertThat(escalationActions.recipientGroup(1)).isEqualTo("supervisors");
    }

    @Test
    void aTableThatHandsAnEscalationToAGroupNotAllowedToReceiveItIsRefusedAtDeployment() throws Exception {
        String table = Files.readString(Path.of("processes/EscalationPolicy.dmn"));
        String toOfficers = table.replace("<outputEntry id=\"Out_Recipients_Level2\"><text>\"senior-officials\"</text>",
                "<outputEntry id=\"Out_Recipients_Level2\"><text>\"case-officers\"</text>");
        assertThat(toOfficers).isNotEqualTo(table);
        long deployments = repositoryService.createDeploymentQuery().count();

        HttpResponse<String> refused = http.deploy("designer", "EscalationPolicy.dmn", toOfficers);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("Deployment refused").contains("EscalationRecipients").contains("Rule_Recipients_Level2")
                .contains("case-officers").contains("supervisors, senior-officials, headquarters");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        escalationActions.forgetPolicyAnswers();
        assertThat(escalationActions.recipientGroup(2)).isEqualTo("senior-officials");
        // Evaluation checks the answer too: a level the table does not name goes to nobody rather than anybody.
        assertThatThrownBy(() -> escalationActions.recipientGroup(4)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("names no group for escalation level 4");
    }

    private List<Integer> clockEscalations(String caseId) {
        return jdbc.queryForList("SELECT level FROM casework.escalation WHERE task_id = ? ORDER BY level", Integer.class,
                EscalationProcesses.CASE_CLOCK_PREFIX + caseId);
    }

    private ProcessInstance watchOf(String taskId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcesses.WATCH)
                .variableValueEquals(EscalationProcesses.WATCHED_TASK_ID, taskId).singleResult();
    }

    private Job timerOf(ProcessInstance watch) {
        return managementService.createJobQuery().processInstanceId(watch.getId()).timers().singleResult();
    }

    /** Checks the timer is due when the policy says, then fires it. */
    private void fireDeadline(ProcessInstance watch, Instant expectedDue) {
        Job timer = timerOf(watch);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(expectedDue);
        managementService.executeJob(timer.getId());
    }

    private Task handleTask(String reference, int level) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(EscalationProcesses.TASK_HANDLE_ESCALATION)
                .taskVariableValueEquals(EscalationProcesses.LEVEL, level).singleResult();
    }

    private List<Integer> escalations(String reference) {
        return jdbc.queryForList("SELECT level FROM casework.escalation WHERE case_reference = ? ORDER BY level", Integer.class,
                reference);
    }
}
