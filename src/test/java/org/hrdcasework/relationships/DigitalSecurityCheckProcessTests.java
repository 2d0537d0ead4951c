package org.hrdcasework.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hrdcasework.relationships.RelationshipDriver.startOf;
import static org.hrdcasework.relationships.RelationshipDriver.today;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.system.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/DigitalSecurityCheck.bpmn: the checklist loop by tier, findings referred to a helpline, the end. */
class DigitalSecurityCheckProcessTests extends ProcessTestSupport {

    @Autowired
    RelationshipDriver relationships;
    @Autowired
    TaskService taskService;

    @Test
    void aCleanCheckIsStoredAndTheNextIsDueInHalfAYear() {
        String reference = relationships.open(relationships.unassessedCase(), "officer.alpha", "ambassador.alpha");
        ProcessInstance checks = relationships.securityProcess(reference);
        assertThat(checks).isWaitingAt(RelationshipProcesses.WAIT_FOR_CHECK)
                .hasPassed(RelationshipProcesses.TASK_SCHEDULE_CHECK);
        assertThat(checks.getTenantId()).isEqualTo("mission-alpha");
        assertThat(relationships.relationshipRow(reference).get("next_security_check_due").toString())
                .isEqualTo(today().plusDays(180).toString());

        relationships.fireTimerDueOn(checks, today().plusDays(180));

        assertThat(checks).isWaitingAt(RelationshipProcesses.TASK_CHECK_DIGITAL_SECURITY);
        assertThat(checks).task().hasCandidateGroup("case-officers").hasCandidateUser("officer.alpha")
                .hasCandidateUser("ambassador.alpha");
        Task task = taskService.createTaskQuery().processInstanceId(checks.getId()).singleResult();
        assertThat(task.getDueDate().toInstant()).isEqualTo(task.getCreateTime().toInstant().plus(Duration.ofDays(7)));

        driver.complete(reference, RelationshipProcesses.TASK_CHECK_DIGITAL_SECURITY, "officer.alpha",
                RelationshipDriver.checklist());

        assertThat(checks).hasPassed(RelationshipProcesses.TASK_STORE_CHECK, RelationshipProcesses.TIMER_CHECK_DUE)
                .hasNotPassed(RelationshipProcesses.TASK_REFER_TO_HELPLINE)
                .isWaitingAt(RelationshipProcesses.WAIT_FOR_CHECK);
        assertThat(relationships.checkRows(reference)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("finding", false).containsEntry("checked_by", "officer.alpha")
                    .containsEntry("mission_id", "mission-alpha");
            assertThat(row.get("referred_to")).isNull();
            assertThat(row.get("checklist").toString()).contains("\"twoFactorEnabled\": true")
                    .contains("\"noSuspectedCompromise\": true");
        });
        assertThat(relationships.timerOf(checks).getDuedate().toInstant()).isEqualTo(startOf(today().plusDays(180)));
        assertThat(checks).variables().doesNotContainKey("twoFactorEnabled").doesNotContainKey("checkedOn");
    }

    @Test
    void aFindingIsReferredToAHelplineAndTierOneIsCheckedEveryNinetyDays() {
        String reference = relationships.open(relationships.caseAtTier(1), "officer.alpha", null);
        ProcessInstance checks = relationships.securityProcess(reference);
        relationships.fireTimerDueOn(checks, today().plusDays(90));

        driver.complete(reference, RelationshipProcesses.TASK_CHECK_DIGITAL_SECURITY, "officer.alpha",
                RelationshipDriver.checklist("twoFactorEnabled"));

        assertThat(checks).hasPassed(RelationshipProcesses.TASK_STORE_CHECK)
                .isWaitingAt(RelationshipProcesses.TASK_REFER_TO_HELPLINE);
        assertThat(checks).task().hasCandidateGroup("case-officers");
        Task referral = taskService.createTaskQuery().processInstanceId(checks.getId()).singleResult();
        assertThat(referral.getDueDate().toInstant()).as("tier 1: refer within 48 hours")
                .isEqualTo(referral.getCreateTime().toInstant().plus(Duration.ofHours(48)));
        assertThat(relationships.checkRows(reference)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("finding", true));

        driver.complete(reference, RelationshipProcesses.TASK_REFER_TO_HELPLINE, "officer.alpha",
                Map.of("helpline", "ACCESS_NOW_HELPLINE", "referredOn", today().toString(),
                        "sensitive_referralNotes", "Helpline to review the phone remotely"));

        assertThat(checks).hasPassed(RelationshipProcesses.TASK_STORE_REFERRAL).isWaitingAt(RelationshipProcesses.WAIT_FOR_CHECK);
        assertThat(relationships.checkRows(reference)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("referred_to", "ACCESS_NOW_HELPLINE");
            assertThat(row.get("referred_on").toString()).isEqualTo(today().toString());
        });
        assertThat(relationships.timerOf(checks).getDuedate().toInstant()).isEqualTo(startOf(today().plusDays(90)));
    }

    @Test
    void uncheckedItemsAreFindingsAndAMissingDateKeepsTheTaskOpen() {
        String reference = relationships.open(relationships.caseAtTier(3), "officer.alpha", null);
        ProcessInstance checks = relationships.securityProcess(reference);
        relationships.fireTimerDueOn(checks, today().plusDays(180));
        Map<String, Object> noDate = new HashMap<>(RelationshipDriver.checklist());
        noDate.remove("checkedOn");

        assertThatThrownBy(() -> driver.complete(reference, RelationshipProcesses.TASK_CHECK_DIGITAL_SECURITY,
                "officer.alpha", noDate)).isInstanceOf(InvalidInputException.class).hasMessageContaining("checkedOn");
        assertThat(relationships.checkRows(reference)).isEmpty();

        Map<String, Object> partly = new HashMap<>(RelationshipDriver.checklist());
        partly.remove("backupsKept"); // an unticked box is not submitted
        driver.complete(reference, RelationshipProcesses.TASK_CHECK_DIGITAL_SECURITY, "officer.alpha", partly);

        assertThat(checks).isWaitingAt(RelationshipProcesses.TASK_REFER_TO_HELPLINE);
        assertThat(relationships.checkRows(reference)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("finding", true);
            assertThat(row.get("checklist").toString()).contains("\"backupsKept\": false");
        });
    }

    @Test
    void endingTheRelationshipEndsTheChecksWhileWaiting() {
        String reference = relationships.open(relationships.unassessedCase(), "officer.alpha", null);
        ProcessInstance checks = relationships.securityProcess(reference);

        relationships.end(reference, EndReason.OTHER);

        assertThat(checks).hasPassed(RelationshipProcesses.EVENT_ENDED_WHILE_WAITING_FOR_CHECK,
                RelationshipProcesses.END_CHECK_RELATIONSHIP_ENDED).isEnded();
    }

    @Test
    void endingTheRelationshipEndsAnOpenCheckOrReferral() {
        String caseReference = relationships.unassessedCase();
        String first = relationships.open(caseReference, "officer.alpha", null);
        ProcessInstance duringCheck = relationships.securityProcess(first);
        relationships.fireTimerDueOn(duringCheck, today().plusDays(180));

        relationships.end(first, EndReason.RELOCATED);

        assertThat(duringCheck).hasPassed(RelationshipProcesses.BOUNDARY_ENDED_DURING_CHECK,
                RelationshipProcesses.END_CHECK_RELATIONSHIP_ENDED).isEnded();

        String second = relationships.open(caseReference, "officer.alpha", null);
        ProcessInstance duringReferral = relationships.securityProcess(second);
        relationships.fireTimerDueOn(duringReferral, today().plusDays(180));
        driver.complete(second, RelationshipProcesses.TASK_CHECK_DIGITAL_SECURITY, "officer.alpha",
                RelationshipDriver.checklist("noSuspectedCompromise"));

        relationships.end(second, EndReason.DEFENDER_REQUEST);

        assertThat(duringReferral).hasPassed(RelationshipProcesses.BOUNDARY_ENDED_DURING_REFERRAL,
                RelationshipProcesses.END_CHECK_RELATIONSHIP_ENDED).isEnded();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(second).count()).isZero();
    }
}
