package org.hrdcasework.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.system.engine.Cadences;
import org.hrdcasework.system.web.ConflictException;
import org.hrdcasework.system.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.hrdcasework.support.SupportApplicationProcess.*;
import static org.hrdcasework.system.engine.ProcessVariables.*;

/** processes/SupportApplication.bpmn: every path, with the rows it writes to support_application. */
class SupportApplicationProcessTests extends ProcessTestSupport {


    @Autowired
    SupportApplications supportApplications;
    @Autowired
    Cadences cadences;

    @Test
    void aGrantIsSubmittedDecidedAndPaidWithEveryStateWrittenToTheApplication() {
        String caseReference = verifiedCase();
        String reference = apply(caseReference, "PDEU_EMERGENCY_GRANT", "SAFETY_MEASURES", "5000", "EUR");
        ProcessInstance pi = instance(reference);

        assertThat(pi).isWaitingAt(TASK_INFORM_DEFENDER);
        assertThat(pi).task().hasCandidateGroup("case-officers");
        assertThat(pi).variables().containsEntry(DUTY_REFERENCE, reference).containsEntry(URGENCY_TIER, 1).containsEntry(CASE_REFERENCE, caseReference)
                .containsEntry(PROGRAMME_KIND, "PROTECTION_GRANT").containsEntry(DUPLICATE_FUNDING, false)
                .containsEntry(PAYS_MONEY, true);
        assertThat(row(reference)).containsEntry("status", "PREPARED").containsEntry("duplicate_of", null);
        // An arrest is tier 1: the defender is informed within 48 hours.
        Task inform = driver.task(reference, TASK_INFORM_DEFENDER);
        assertThat(Duration.between(inform.getCreateTime().toInstant(), inform.getDueDate().toInstant()))
                .isEqualTo(Duration.ofHours(48));

        driver.complete(reference, TASK_INFORM_DEFENDER, "officer.alpha", Map.of("informedOn", "2026-11-30",
                DEFENDER_WISHES_TO_APPLY, "YES"));
        assertThat(dueAfter(reference, TASK_PREPARE_APPLICATION)).isEqualTo(Duration.ofDays(3));
        driver.complete(reference, TASK_PREPARE_APPLICATION, "officer.alpha",
                Map.of("documentsReady", true, "sensitive_applicationNotes", "Quotes for door and cameras attached"));
        assertThat(dueAfter(reference, TASK_SUBMIT_APPLICATION)).isEqualTo(Duration.ofDays(3));
        // A file number that is not a short code is refused, and the task stays open.
        assertThatThrownBy(() -> driver.complete(reference, TASK_SUBMIT_APPLICATION, "officer.alpha",
                Map.of(SUBMITTED_ON, "2026-12-02", PROGRAMME_REFERENCE, "Filed with Ms Example at the desk")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("programmeReference")
                .hasMessageNotContaining("Example");
        assertThat(row(reference)).containsEntry("status", "PREPARED");
        driver.complete(reference, TASK_SUBMIT_APPLICATION, "officer.alpha",
                Map.of(SUBMITTED_ON, "2026-12-02", PROGRAMME_REFERENCE, "PDEU-2026/117"));
        assertThat(pi).isWaitingAt(TASK_RECORD_DECISION);
        assertThat(row(reference)).containsEntry("status", "SUBMITTED").containsEntry("programme_reference", "PDEU-2026/117")
                .containsEntry("submitted_on", java.sql.Date.valueOf(LocalDate.of(2026, 12, 2)));
        assertThat(dueAfter(reference, TASK_RECORD_DECISION)).isEqualTo(Duration.ofDays(30));

        // More than requested: refused with a message naming the field, and the task stays open.
        assertThatThrownBy(() -> driver.complete(reference, TASK_RECORD_DECISION, "officer.alpha", decision("GRANTED", 5000.01)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("amountGranted")
                .hasMessageContaining("amount requested");
        assertThat(pi).isWaitingAt(TASK_RECORD_DECISION);
        assertThat(row(reference)).containsEntry("status", "SUBMITTED");

        driver.complete(reference, TASK_RECORD_DECISION, "officer.alpha", decision("GRANTED", 4500L));
        assertThat(pi).isWaitingAt(TASK_RECORD_PAYMENT);
        assertThat(row(reference)).containsEntry("status", "GRANTED").containsEntry("amount_granted", new BigDecimal("4500.00"));
        assertThat(dueAfter(reference, TASK_RECORD_PAYMENT)).isEqualTo(Duration.ofDays(14));

        assertThatThrownBy(() -> driver.complete(reference, TASK_RECORD_PAYMENT, "officer.alpha",
                Map.of(PAID_ON, "2026-12-20", AMOUNT_PAID, 4600)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("amountPaid");
        driver.complete(reference, TASK_RECORD_PAYMENT, "officer.alpha", Map.of(PAID_ON, "2026-12-20", AMOUNT_PAID, 4500.0));

        assertThat(pi).hasPassedInOrder(TASK_INFORM_DEFENDER, TASK_PREPARE_APPLICATION, TASK_SUBMIT_APPLICATION,
                TASK_RECORD_DECISION, TASK_RECORD_PAYMENT, END_PAID).isEnded();
        assertThat(row(reference)).containsEntry("status", "PAID").containsEntry("amount_paid", new BigDecimal("4500.00"))
                .containsEntry("paid_on", java.sql.Date.valueOf(LocalDate.of(2026, 12, 20)))
                .containsEntry("decided_on", java.sql.Date.valueOf(LocalDate.of(2026, 12, 15)));
    }

    @Test
    void aRefusalEndsTheApplicationAsRefused() {
        String reference = apply(verifiedCase(), "FLD_PROTECTION_GRANT", "LEGAL_FEES", "3000", "EUR");
        ProcessInstance pi = instance(reference);
        informAndSubmit(reference, "YES");

        assertThatThrownBy(() -> driver.complete(reference, TASK_RECORD_DECISION, "officer.alpha", decision("REFUSED", 100)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("amountGranted");
        driver.complete(reference, TASK_RECORD_DECISION, "officer.alpha", decision("REFUSED", null));

        assertThat(pi).hasPassed(END_REFUSED).isEnded();
        assertThat(row(reference)).containsEntry("status", "REFUSED").containsEntry("amount_granted", null);
    }

    @Test
    void aProgrammeThatPaysNoMoneyEndsAtTheGrant() {
        String reference = apply(verifiedCase(), "ACCESSNOW_HELPLINE", "DIGITAL_SECURITY", null, null);
        ProcessInstance pi = instance(reference);
        assertThat(pi).variables().containsEntry(PAYS_MONEY, false);
        informAndSubmit(reference, "YES");

        assertThatThrownBy(() -> driver.complete(reference, TASK_RECORD_DECISION, "officer.alpha", decision("GRANTED", 50)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("amountGranted");
        driver.complete(reference, TASK_RECORD_DECISION, "officer.alpha", decision("GRANTED", null));

        assertThat(pi).hasPassed(END_GRANTED_WITHOUT_PAYMENT).hasNotPassed(TASK_RECORD_PAYMENT).isEnded();
        assertThat(row(reference)).containsEntry("status", "GRANTED").containsEntry("amount_requested", null);
    }

    @Test
    void theDefenderMayDeclineToApply() {
        String reference = apply(verifiedCase(), "EU_TEMPORARY_RELOCATION", "RELOCATION", "12000", "EUR");
        ProcessInstance pi = instance(reference);
        driver.complete(reference, TASK_INFORM_DEFENDER, "officer.alpha",
                Map.of("informedOn", "2026-11-30", DEFENDER_WISHES_TO_APPLY, "NO"));

        assertThat(pi).hasPassed(TASK_WITHDRAW_DECLINED, END_DECLINED_BY_DEFENDER).isEnded();
        assertThat(row(reference)).containsEntry("status", "WITHDRAWN").containsEntry("withdrawal_reason", "DEFENDER_DECLINED");
    }

    @Test
    void aSupervisorLetsAJustifiedSecondApplicationForTheSamePurposeProceed() {
        String caseReference = verifiedCase();
        String first = apply(caseReference, "PDEU_EMERGENCY_GRANT", "MEDICAL", "2000", "EUR");
        String second = apply(caseReference, "LIFELINE_EMERGENCY", "MEDICAL", "1500", "USD");
        ProcessInstance pi = instance(second);

        assertThat(pi).isWaitingAt(TASK_REVIEW_DUPLICATE_FUNDING);
        assertThat(pi).task().hasCandidateGroup("supervisors");
        assertThat(dueAfter(second, TASK_REVIEW_DUPLICATE_FUNDING)).isEqualTo(Duration.ofDays(3));
        assertThat(pi).variables().containsEntry(DUPLICATE_FUNDING, true);
        assertThat(row(second)).containsEntry("duplicate_of", row(first).get("id"));
        assertThat(instance(first)).isWaitingAt(TASK_INFORM_DEFENDER);

        driver.complete(second, TASK_REVIEW_DUPLICATE_FUNDING, "supervisor.alpha",
                Map.of(DUPLICATE_DECISION, "PROCEED", "sensitive_duplicateNotes", "First grant covers surgery only"));

        assertThat(pi).hasPassed(TASK_REVIEW_DUPLICATE_FUNDING).isWaitingAt(TASK_INFORM_DEFENDER);
        assertThat(row(second)).containsEntry("status", "PREPARED");
    }

    @Test
    void aSupervisorWithdrawsADuplicateApplication() {
        String caseReference = verifiedCase();
        apply(caseReference, "FLD_PROTECTION_GRANT", "SAFETY_MEASURES", "2000", "EUR");
        String second = apply(caseReference, "PDEU_EMERGENCY_GRANT", "SAFETY_MEASURES", "2000", "EUR");
        ProcessInstance pi = instance(second);

        driver.complete(second, TASK_REVIEW_DUPLICATE_FUNDING, "supervisor.alpha", Map.of(DUPLICATE_DECISION, "WITHDRAW"));

        assertThat(pi).hasPassed(TASK_WITHDRAW_DUPLICATE, END_WITHDRAWN_AS_DUPLICATE)
                .hasNotPassed(TASK_INFORM_DEFENDER).isEnded();
        assertThat(row(second)).containsEntry("status", "WITHDRAWN").containsEntry("withdrawal_reason", "DUPLICATE_FUNDING");
        // A withdrawn application no longer counts as funding: a new one for the purpose is not a duplicate of it.
        String third = apply(caseReference, "LIFELINE_EMERGENCY", "LEGAL_FEES", "900", "USD");
        assertThat(instance(third)).isWaitingAt(TASK_INFORM_DEFENDER);
    }

    @Test
    void aWithdrawalStopsTheApplicationWhereverItStands() {
        String reference = apply(verifiedCase(), "LEGAL_AID_FUND", "LEGAL_FEES", "1200", "EUR");
        ProcessInstance pi = instance(reference);
        informAndSubmit(reference, "YES");
        assertThat(pi).isWaitingAt(TASK_RECORD_DECISION);

        assertThat(supportApplications.withdraw(CaseDriver.OFFICER_ALPHA, reference)).isEqualTo(ApplicationStatus.WITHDRAWN);

        assertThat(pi).hasPassed(TASK_WITHDRAW_ON_REQUEST, END_WITHDRAWN_ON_REQUEST).isEnded();
        assertThat(driver.openTasks(reference, TASK_RECORD_DECISION)).isZero();
        assertThat(row(reference)).containsEntry("status", "WITHDRAWN").containsEntry("withdrawal_reason", "WITHDRAWN_ON_REQUEST");
        assertThatThrownBy(() -> supportApplications.withdraw(CaseDriver.OFFICER_ALPHA, reference))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theProgrammeIsChasedEvery30DaysUntilItDecides() {
        String reference = apply(verifiedCase(), "PDEU_EMERGENCY_GRANT", "TRAVEL", "800", "EUR");
        informAndSubmit(reference, "YES");
        ProcessInstance pi = instance(reference);

        Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(timer).isNotNull();
        managementService.executeJob(timer.getId());

        assertThat(pi).isWaitingAt(TASK_RECORD_DECISION, TASK_CHASE_PROGRAMME);
        assertThat(driver.task(reference, TASK_CHASE_PROGRAMME).getTaskDefinitionKey()).isEqualTo(TASK_CHASE_PROGRAMME);
        // The cycle re-arms: the next chase is due 30 days after this one fired.
        Job next = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(Duration.between(java.time.Instant.now(), next.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(30).minusMinutes(5), Duration.ofDays(30));
        driver.complete(reference, TASK_CHASE_PROGRAMME, "officer.alpha",
                Map.of("chasedOn", "2027-01-05", "sensitive_chaseNotes", "Programme asked for one more week"));
        assertThat(pi).hasPassed(END_PROGRAMME_CHASED).isWaitingAt(TASK_RECORD_DECISION);

        driver.complete(reference, TASK_RECORD_DECISION, "officer.alpha", decision("GRANTED", 800));
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
        assertThat(pi).isWaitingAt(TASK_RECORD_PAYMENT);
    }

    @Test
    void theChaseIntervalIsTheDesignersTableAndARedeployedTableAppliesToTheNextSubmission() throws Exception {
        assertThat(cadences.days(Cadences.PROGRAMME_CHASE, null)).isEqualTo(30);
        withDesignerChange("Cadences.dmn", "<outputEntry id=\"Out_ProgrammeChase\"><text>30</text></outputEntry>",
                "<outputEntry id=\"Out_ProgrammeChase\"><text>14</text></outputEntry>", cadences::forget, () -> {
            String reference = apply(verifiedCase(), "PDEU_EMERGENCY_GRANT", "TRAVEL", "600", "EUR");
            informAndSubmit(reference, "YES");
            ProcessInstance pi = instance(reference);

            Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
            assertThat(Duration.between(Instant.now(), timer.getDuedate().toInstant()))
                    .isBetween(Duration.ofDays(14).minusMinutes(5), Duration.ofDays(14));
            managementService.executeJob(timer.getId());
            assertThat(pi).isWaitingAt(TASK_RECORD_DECISION, TASK_CHASE_PROGRAMME);
            Job next = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
            assertThat(Duration.between(Instant.now(), next.getDuedate().toInstant()))
                    .as("the cycle re-arms with the interval it started with")
                    .isBetween(Duration.ofDays(14).minusMinutes(5), Duration.ofDays(14));
        });
        assertThat(cadences.days(Cadences.PROGRAMME_CHASE, null)).isEqualTo(30);
    }

    /** How long after its creation the task is due (the escalation policy's level 1). */
    private Duration dueAfter(String reference, String taskKey) {
        Task task = driver.task(reference, taskKey);
        return Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant());
    }

    private String verifiedCase() {
        return driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
    }

    private String apply(String caseReference, String programme, String purpose, String amount, String currency) {
        return supportApplications.apply(CaseDriver.OFFICER_ALPHA, caseReference, new SupportApplications.ApplicationRequest(
                programme, SupportPurpose.valueOf(purpose), amount == null ? null : new BigDecimal(amount), currency));
    }

    /** The application's running instance (BPM Assert keeps following it after it ends). */
    private ProcessInstance instance(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(KEY).singleResult();
    }

    private void informAndSubmit(String reference, String wish) {
        driver.complete(reference, TASK_INFORM_DEFENDER, "officer.alpha", Map.of("informedOn", "2026-11-30",
                DEFENDER_WISHES_TO_APPLY, wish));
        driver.complete(reference, TASK_PREPARE_APPLICATION, "officer.alpha",
                Map.of("documentsReady", true, "sensitive_applicationNotes", "Quotes for door and cameras attached"));
        driver.complete(reference, TASK_SUBMIT_APPLICATION, "officer.alpha",
                Map.of(SUBMITTED_ON, "2026-12-02", PROGRAMME_REFERENCE, "PDEU-2026/117"));
    }

    private static Map<String, Object> decision(String decision, Number amountGranted) {
        Map<String, Object> values = new HashMap<>();
        values.put(DECISION, decision);
        values.put(DECIDED_ON, "2026-12-15");
        values.put(AMOUNT_GRANTED, amountGranted);
        return values;
    }

    private Map<String, Object> row(String reference) {
        return jdbc.queryForMap("SELECT id, status, duplicate_of, programme_reference, submitted_on, decided_on, paid_on, "
                + "amount_requested, amount_granted, amount_paid, withdrawal_reason FROM casework.support_application "
                + "WHERE reference = ?", reference);
    }
}
