package org.hrdcasework.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hrdcasework.relationships.RelationshipDriver.startOf;
import static org.hrdcasework.relationships.RelationshipDriver.today;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ClosureOutcome;
import org.hrdcasework.cases.FurtherReport;
import org.hrdcasework.cases.ReportChannel;
import org.hrdcasework.cases.ThreatReport;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.escalation.EscalationProcesses;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.engine.Cadences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/DefenderContact.bpmn: the timer loop, the cadence by tier, concerns, escalation, the end. */
class DefenderContactProcessTests extends ProcessTestSupport {

    @Autowired
    RelationshipDriver relationships;
    @Autowired
    CaseFileService caseFileService;
    @Autowired
    Cadences cadences;
    @Autowired
    TaskService taskService;

    @Test
    void aSafeContactIsLoggedAndTheNextIsDueAfterTheTiersCadence() {
        String reference = relationships.open(relationships.unassessedCase(), "officer.alpha", "supervisor.alpha");
        ProcessInstance contact = relationships.contactProcess(reference);
        assertThat(contact).isWaitingAt(RelationshipProcesses.WAIT_FOR_CONTACT)
                .hasPassed(RelationshipProcesses.TASK_SCHEDULE_CONTACT)
                .variables().containsEntry(RelationshipProcesses.CONTACT_TIER, 2).containsEntry("urgencyTier", 2)
                .containsEntry("missionId", "mission-alpha").containsEntry("dutyReference", reference);
        assertThat(contact.getTenantId()).isEqualTo("mission-alpha");
        assertThat(relationships.relationshipRow(reference).get("next_contact_due").toString())
                .isEqualTo(today().plusDays(60).toString());

        relationships.fireTimerDueOn(contact, today().plusDays(60));

        assertThat(contact).isWaitingAt(RelationshipProcesses.TASK_CONTACT_DEFENDER);
        assertThat(contact).task().hasCandidateUser("officer.alpha").hasCandidateUser("supervisor.alpha")
                .hasCandidateGroup("case-officers");
        Task task = taskService.createTaskQuery().processInstanceId(contact.getId()).singleResult();
        assertThat(task.getDueDate().toInstant()).as("tier 2: due a week after it is created")
                .isEqualTo(task.getCreateTime().toInstant().plus(Duration.ofDays(7)));

        relationships.contact(reference, "officer.alpha", "SAFE", "Met at the office; no new incidents");

        assertThat(contact).hasPassed(RelationshipProcesses.TASK_LOG_CONTACT, RelationshipProcesses.TIMER_CONTACT_DUE)
                .hasNotPassed(RelationshipProcesses.TASK_REPORT_CONCERN)
                .isWaitingAt(RelationshipProcesses.WAIT_FOR_CONTACT);
        assertThat(contact).variables().doesNotContainKey(RelationshipProcesses.CONTACT_KIND)
                .doesNotContainKey("sensitive_contactNotes");
        assertThat(relationships.contactRows(reference)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("contact_kind", "OFFICE_VISIT").containsEntry("defender_situation", "SAFE")
                    .containsEntry("logged_by", "officer.alpha").containsEntry("mission_id", "mission-alpha");
            assertThat(row.get("contacted_on").toString()).isEqualTo(today().toString());
        });
        assertThat(relationships.timerOf(contact).getDuedate().toInstant()).isEqualTo(startOf(today().plusDays(60)));
    }

    @Test
    void aConcernGoesToTheSupervisorsAndThenBackToTheRegularContact() {
        String caseReference = relationships.caseAtTier(1);
        String reference = relationships.open(caseReference, "officer.alpha", null);
        ProcessInstance contact = relationships.contactProcess(reference);
        relationships.fireTimerDueOn(contact, today().plusDays(30));
        assertThat(contact).task().hasCandidateUser("officer.alpha");

        relationships.contact(reference, "officer.alpha", "CONCERN", "Followed home twice this week");

        assertThat(contact).hasPassed(RelationshipProcesses.TASK_LOG_CONTACT).isWaitingAt(RelationshipProcesses.TASK_REPORT_CONCERN);
        assertThat(contact).task().hasCandidateGroup("supervisors");
        driver.complete(reference, RelationshipProcesses.TASK_REPORT_CONCERN, "supervisor.alpha",
                Map.of("followUp", "REASSESS_RISK", "sensitive_concernNotes", "Ask the defender to come in for a reassessment"));

        assertThat(contact).hasPassed(RelationshipProcesses.TASK_REPORT_CONCERN).isWaitingAt(RelationshipProcesses.WAIT_FOR_CONTACT);
        assertThat(relationships.contactRows(reference)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("defender_situation", "CONCERN"));
        assertThat(relationships.timerOf(contact).getDuedate().toInstant()).isEqualTo(startOf(today().plusDays(30)));
        // The reassessment the supervisor asked for has started on the defender's case.
        assertThat(driver.openTasks(caseReference, CaseOfConcernProcess.TASK_REASSESS_RISK)).isOne();
    }

    @Test
    void aConcernFollowedUpByAThreatReportIsAcceptedOnlyOnceTheReportIsFiled() {
        String caseReference = relationships.caseAtTier(2);
        String reference = relationships.open(caseReference, "officer.alpha", null);
        ProcessInstance contact = relationships.contactProcess(reference);
        relationships.fireTimerDueOn(contact, today().plusDays(cadences.days(Cadences.CONTACT, 2)));
        relationships.contact(reference, "officer.alpha", "CONCERN", "Threatened at a checkpoint");

        assertThatThrownBy(() -> driver.complete(reference, RelationshipProcesses.TASK_REPORT_CONCERN,
                "supervisor.alpha", Map.of("followUp", "FILE_FURTHER_REPORT"))).hasMessageContaining("followUp")
                .hasMessageContaining("no threat report");
        assertThat(contact).isWaitingAt(RelationshipProcesses.TASK_REPORT_CONCERN);

        caseFileService.fileFurtherReport(CaseDriver.OFFICER_ALPHA, caseReference, new FurtherReport(
                new ThreatReport.Threat(ThreatType.PHYSICAL_ATTACK, "Threatened at a checkpoint", today()), ReportChannel.PHONE_OR_MESSAGE));
        driver.complete(reference, RelationshipProcesses.TASK_REPORT_CONCERN, "supervisor.alpha", Map.of("followUp", "FILE_FURTHER_REPORT"));

        assertThat(contact).hasPassed(RelationshipProcesses.TASK_REPORT_CONCERN).isWaitingAt(RelationshipProcesses.WAIT_FOR_CONTACT);
    }

    @Test
    void aReassessmentIsRefusedForADefenderWithoutAnOpenVerifiedCase() {
        String caseReference = relationships.caseAtTier(3);
        String reference = relationships.open(caseReference, "officer.alpha", null);
        ProcessInstance contact = relationships.contactProcess(reference);
        caseFileService.closeNow(CaseDriver.OFFICER_ALPHA, caseReference, ClosureOutcome.NO_LONGER_AT_RISK);
        relationships.fireTimerDueOn(contact, today().plusDays(cadences.days(Cadences.CONTACT, 3)));
        relationships.contact(reference, "officer.alpha", "CONCERN", "Unsure");

        assertThatThrownBy(() -> driver.complete(reference, RelationshipProcesses.TASK_REPORT_CONCERN,
                "supervisor.alpha", Map.of("followUp", "REASSESS_RISK"))).hasMessageContaining("followUp")
                .hasMessageContaining("no open, verified case");
        assertThat(contact).isWaitingAt(RelationshipProcesses.TASK_REPORT_CONCERN);
        driver.complete(reference, RelationshipProcesses.TASK_REPORT_CONCERN, "supervisor.alpha", Map.of("followUp", "NONE"));
        assertThat(contact).isWaitingAt(RelationshipProcesses.WAIT_FOR_CONTACT);
    }

    @Test
    void eachTierHasItsContactCadence() {
        for (int tier = 1; tier <= 3; tier++) {
            String reference = relationships.open(relationships.caseAtTier(tier), "officer.alpha", null);
            LocalDate due = today().plusDays(cadences.days(Cadences.CONTACT, tier));
            assertThat(relationships.timerOf(relationships.contactProcess(reference)).getDuedate().toInstant())
                    .as("tier %d", tier).isEqualTo(startOf(due));
            assertThat(((Number) relationships.relationshipRow(reference).get("contact_tier")).intValue()).isEqualTo(tier);
        }
        assertThat(cadences.days(Cadences.CONTACT, 1)).isEqualTo(30);
        assertThat(cadences.days(Cadences.CONTACT, 2)).isEqualTo(60);
        assertThat(cadences.days(Cadences.CONTACT, 3)).isEqualTo(90);
    }

    @Test
    void aReassessmentRetimesTheWaitingContactAndCheckAtOnce() {
        String caseReference = relationships.unassessedCase();
        String reference = relationships.open(caseReference, "officer.alpha", null);
        ProcessInstance contact = relationships.contactProcess(reference);
        ProcessInstance security = relationships.securityProcess(reference);
        assertThat(relationships.timerOf(contact).getDuedate().toInstant()).isEqualTo(startOf(today().plusDays(60)));
        assertThat(relationships.timerOf(security).getDuedate().toInstant()).isEqualTo(startOf(today().plusDays(180)));

        relationships.assessAtTier(caseReference, 1);

        assertThat(contact).hasPassed(RelationshipProcesses.CADENCE_CHANGED_WAITING_FOR_CONTACT)
                .isWaitingAt(RelationshipProcesses.WAIT_FOR_CONTACT);
        assertThat(relationships.timerOf(contact).getDuedate().toInstant()).as("tier 1: every 30 days")
                .isEqualTo(startOf(today().plusDays(30)));
        assertThat(security).hasPassed(RelationshipProcesses.CADENCE_CHANGED_WAITING_FOR_CHECK);
        assertThat(relationships.timerOf(security).getDuedate().toInstant()).as("tier 1: every 90 days")
                .isEqualTo(startOf(today().plusDays(90)));
        assertThat(contact).variables().containsEntry(RelationshipProcesses.CONTACT_TIER, 1).containsEntry("urgencyTier", 1);
        assertThat(((Number) relationships.relationshipRow(reference).get("contact_tier")).intValue()).isEqualTo(1);

        // The next round keeps the new cadence, counted from the contact.
        relationships.fireTimerDueOn(contact, today().plusDays(30));
        relationships.contact(reference, "officer.alpha", "SAFE", null);
        assertThat(relationships.timerOf(contact).getDuedate().toInstant()).isEqualTo(startOf(today().plusDays(30)));
    }

    @Test
    void anOpenContactEscalatesByTheNewTierAfterAReassessment() {
        String caseReference = relationships.unassessedCase();
        String reference = relationships.open(caseReference, "officer.alpha", null);
        ProcessInstance contact = relationships.contactProcess(reference);
        relationships.fireTimerDueOn(contact, today().plusDays(60));
        Task task = taskService.createTaskQuery().processInstanceId(contact.getId()).singleResult();
        ProcessInstance watch = runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcesses.WATCH)
                .variableValueEquals(EscalationProcesses.WATCHED_TASK_ID, task.getId()).singleResult();
        Instant created = task.getCreateTime().toInstant();
        assertThat(watchDeadline(watch)).as("tier 2: level 1 after 7 days").isEqualTo(created.plus(Duration.ofDays(7)));

        relationships.assessAtTier(caseReference, 1);

        assertThat(watchDeadline(watch)).as("tier 1: level 1 after 3 days").isEqualTo(created.plus(Duration.ofDays(3)));
    }

    private Instant watchDeadline(ProcessInstance watch) {
        return managementService.createJobQuery().processInstanceId(watch.getId()).timers().singleResult().getDuedate().toInstant();
    }

    @Test
    void anOverdueContactEscalatesAgainstTheRelationship() throws Exception {
        String reference = relationships.open(relationships.caseAtTier(1), "officer.alpha", null);
        ProcessInstance contact = relationships.contactProcess(reference);
        relationships.fireTimerDueOn(contact, today().plusDays(30));
        Task task = taskService.createTaskQuery().processInstanceId(contact.getId()).singleResult();
        assertThat(task.getDueDate().toInstant()).as("tier 1: due 3 days after it is created")
                .isEqualTo(task.getCreateTime().toInstant().plus(Duration.ofDays(3)));
        ProcessInstance watch = runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcesses.WATCH)
                .variableValueEquals(EscalationProcesses.WATCHED_TASK_ID, task.getId()).singleResult();
        Job deadline = managementService.createJobQuery().processInstanceId(watch.getId()).timers().singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(task.getDueDate());

        managementService.executeJob(deadline.getId());

        Map<String, Object> escalation = jdbc.queryForMap("SELECT case_id, mission_id, stage, level, resolved_at "
                + "FROM casework.escalation WHERE case_reference = ?", reference);
        assertThat(escalation).containsEntry("mission_id", "mission-alpha")
                .containsEntry("stage", RelationshipProcesses.TASK_CONTACT_DEFENDER).containsEntry("level", 1);
        assertThat(escalation.get("case_id")).isNull();
        assertThat(escalation.get("resolved_at")).isNull();
        JsonNode board = new ObjectMapper().readTree(http.get("/api/escalations", "supervisor.alpha").body());
        assertThat(board.findParents("caseReference")).anySatisfy(row -> {
            assertThat(row.get("caseReference").asText()).isEqualTo(reference);
            assertThat(row.get("aboutCase").asBoolean()).as("a duty, not a case: no case page to link").isFalse();
        });

        relationships.contact(reference, "officer.alpha", "SAFE", null);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.escalation WHERE case_reference = ? "
                + "AND resolved_at IS NULL", Long.class, reference)).as("done work resolves its escalation").isZero();
    }

    @Test
    void anImpossibleContactDateLeavesTheTaskOpenAndLogsNothing() {
        String reference = relationships.open(relationships.unassessedCase(), "officer.alpha", null);
        ProcessInstance contact = relationships.contactProcess(reference);
        relationships.fireTimerDueOn(contact, today().plusDays(60));

        assertThatThrownBy(() -> driver.complete(reference, RelationshipProcesses.TASK_CONTACT_DEFENDER, "officer.alpha",
                Map.of("contactKind", "CALL", "contactedOn", today().plusDays(1).toString(), "defenderSituation", "SAFE")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("contactedOn");
        assertThatThrownBy(() -> driver.complete(reference, RelationshipProcesses.TASK_CONTACT_DEFENDER, "officer.alpha",
                Map.of("contactKind", "CARRIER_PIGEON", "contactedOn", today().toString(), "defenderSituation", "SAFE")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("contactKind: must be one of the form's options");

        assertThat(contact).isWaitingAt(RelationshipProcesses.TASK_CONTACT_DEFENDER);
        assertThat(relationships.contactRows(reference)).isEmpty();
    }

    @Test
    void endingTheRelationshipEndsTheContactWhileWaiting() {
        String reference = relationships.open(relationships.unassessedCase(), "officer.alpha", null);
        ProcessInstance contact = relationships.contactProcess(reference);

        relationships.end(reference, EndReason.NO_LONGER_AT_RISK);

        assertThat(contact).hasPassed(RelationshipProcesses.EVENT_ENDED_WHILE_WAITING_FOR_CONTACT,
                RelationshipProcesses.END_CONTACT_RELATIONSHIP_ENDED).isEnded();
        assertThat(relationships.timerOf(contact)).isNull();
    }

    @Test
    void endingTheRelationshipEndsAnOpenContactOrConcernTask() {
        String caseReference = relationships.unassessedCase();
        String first = relationships.open(caseReference, "officer.alpha", null);
        ProcessInstance duringContact = relationships.contactProcess(first);
        relationships.fireTimerDueOn(duringContact, today().plusDays(60));

        relationships.end(first, EndReason.DEFENDER_REQUEST);

        assertThat(duringContact).hasPassed(RelationshipProcesses.BOUNDARY_ENDED_DURING_CONTACT,
                RelationshipProcesses.END_CONTACT_RELATIONSHIP_ENDED).isEnded();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(first).count())
                .as("no task of an ended relationship is left, escalation handling included").isZero();

        String second = relationships.open(caseReference, "officer.alpha", null);
        ProcessInstance duringConcern = relationships.contactProcess(second);
        relationships.fireTimerDueOn(duringConcern, today().plusDays(60));
        relationships.contact(second, "officer.alpha", "CONCERN", null);

        relationships.end(second, EndReason.RELOCATED);

        assertThat(duringConcern).hasPassed(RelationshipProcesses.BOUNDARY_ENDED_DURING_CONCERN,
                RelationshipProcesses.END_CONTACT_RELATIONSHIP_ENDED).isEnded();
        assertThat(relationships.relationshipRow(second)).containsEntry("end_reason", "RELOCATED")
                .containsEntry("ended_by", "officer.alpha");
    }
}
