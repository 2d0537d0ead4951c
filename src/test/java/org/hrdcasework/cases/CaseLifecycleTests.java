package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hrdcasework.cases.CaseOfConcernProcess.TASK_ASSESS_RISK;
import static org.hrdcasework.cases.CaseOfConcernProcess.TASK_PLAN_ACTIONS;
import static org.hrdcasework.cases.CaseOfConcernProcess.TASK_REASSESS_RISK;
import static org.hrdcasework.cases.CaseOfConcernProcess.TASK_RECORD_CONSENT;
import static org.hrdcasework.cases.CaseOfConcernProcess.TASK_REVIEW_CASE;
import static org.hrdcasework.cases.CaseOfConcernProcess.TASK_SEEK_CONSENT_AGAIN;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.SessionClient;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.consent.Audience;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.escalation.EscalationProcesses;
import org.hrdcasework.system.engine.ProcessVariables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CaseOfConcern after verification: assessment, consent, planning, review loops, reassessment, closure, reopening. */
class CaseLifecycleTests extends ProcessTestSupport {

    @Autowired
    CaseFileService caseFileService;
    @Autowired
    ConsentService consentService;

    @Test
    void riskTierIsDecidedByThePolicyTableAndStoredWithTheAssessment() {
        ProcessInstance instance = driver.verifiedCase(ThreatType.ARREST);
        String reference = instance.getBusinessKey();

        driver.complete(reference, TASK_ASSESS_RISK, "officer.alpha", CaseDriver.assessment("HIGH", "HIGH", "LOW", "AT_LIBERTY"));

        assertThat(instance).hasPassed(CaseOfConcernProcess.TASK_DECIDE_RISK_TIER).isWaitingAt(TASK_RECORD_CONSENT)
                .variables().containsEntry("riskLevel", "CRITICAL").containsEntry("urgencyTier", 1)
                .containsEntry("reviewInterval", "P7D").doesNotContainKey("riskDecision");
        assertThat(driver.caseRow(reference)).containsEntry("stage", "CONSENT").containsEntry("risk_level", "CRITICAL")
                .containsEntry("urgency_tier", 1);
        assertThat(jdbc.queryForMap("SELECT threat_level, capacity_level, risk_level, urgency_tier, assessed_by "
                + "FROM casework.risk_assessment WHERE case_id = ?", driver.caseRow(reference).get("id")))
                .containsEntry("threat_level", "HIGH").containsEntry("capacity_level", "LOW")
                .containsEntry("urgency_tier", 1).containsEntry("assessed_by", "officer.alpha");
    }

    @Test
    void lowRiskCasesAreTierThreeWithQuarterlyReviews() {
        ProcessInstance instance = driver.verifiedCase(ThreatType.SMEAR_CAMPAIGN);
        driver.complete(instance.getBusinessKey(), TASK_ASSESS_RISK, "officer.alpha",
                CaseDriver.assessment("LOW", "LOW", "HIGH", "AT_LIBERTY"));
        assertThat(instance).variables().containsEntry("riskLevel", "LOW").containsEntry("urgencyTier", 3)
                .containsEntry("reviewInterval", "P90D");
    }

    @Test
    void assessmentNotesAreStoredEncryptedAndNeverReachTheEngine() {
        ProcessInstance instance = driver.verifiedCase(ThreatType.ARREST);
        driver.complete(instance.getBusinessKey(), TASK_ASSESS_RISK, "officer.alpha",
                CaseDriver.assessment("MEDIUM", "MEDIUM", "MEDIUM", "AT_LIBERTY"));

        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey("sensitive_assessmentNotes");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("sensitive_assessmentNotes").count()).isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).list())
                .noneMatch(d -> d.toString().contains("sensitive_"));
        Map<String, Object> record = jdbc.queryForMap("SELECT answers::text AS answers, sensitive_enc FROM casework.task_record "
                + "WHERE case_id = ? AND task_key = ?", driver.caseRow(instance.getBusinessKey()).get("id"), TASK_ASSESS_RISK);
        assertThat((String) record.get("answers")).contains("\"threatLevel\": \"MEDIUM\"").doesNotContain("Neighbour");
        assertThat(new String((byte[]) record.get("sensitive_enc"), StandardCharsets.ISO_8859_1)).doesNotContain("Neighbour");
        assertThat(driver.recordNotes(instance.getBusinessKey(), TASK_ASSESS_RISK))
                .containsEntry("assessmentNotes", "Neighbour reported men asking for the defender");
    }

    @Test
    void consentIsRecordedPerActionTypeAndPlannedActionsRunInParallel() {
        ProcessInstance instance = driver.caseWithActions(CaseDriver.consent("QUIET", "DEMARCHE", "DIGITAL_SECURITY"),
                "DEMARCHE", "DIGITAL_SECURITY");
        String reference = instance.getBusinessKey();

        assertThat(instance).isWaitingAt(CaseOfConcernProcess.CALL_CARRY_OUT_ACTIONS);
        assertThat(driver.caseRow(reference)).containsEntry("stage", "ACTIONS");
        assertThat(jdbc.queryForList("SELECT DISTINCT action_type FROM casework.consent k JOIN casework.case_file c ON c.id = k.case_id "
                + "WHERE c.reference = ? AND k.decision = 'GIVEN' ORDER BY action_type", String.class, reference)).containsExactly("DEMARCHE", "DIGITAL_SECURITY");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_PREPARE_DEMARCHE)).isOne();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_REFER_DIGITAL_SECURITY)).isOne();
        assertThat(driver.actions(reference)).extracting(a -> a.get("state")).containsOnly("IN_PROGRESS");
    }

    @Test
    void aDefendersKillingAlwaysAddsAPublicStatement() {
        ProcessInstance instance = driver.verifiedCase(ThreatType.DEATH_THREAT);
        String reference = instance.getBusinessKey();
        driver.complete(reference, TASK_ASSESS_RISK, "officer.alpha", CaseDriver.assessment("SEVERE", "HIGH", "LOW", "KILLED"));
        driver.complete(reference, TASK_RECORD_CONSENT, "officer.alpha", CaseDriver.consent("QUIET", "DEMARCHE"));
        driver.complete(reference, TASK_PLAN_ACTIONS, "officer.alpha", Map.of("plannedActionTypes", List.of("DEMARCHE")));

        assertThat(instance).variables().containsEntry("plannedActions", List.of("DEMARCHE", "PUBLIC_STATEMENT"));
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_DRAFT_STATEMENT)).isOne();
    }

    @Test
    void completedActionsLeadToReviewAndClosureWithAnOutcome() {
        ProcessInstance instance = driver.caseWithActions(CaseDriver.consent("QUIET", "COORDINATION"), "COORDINATION");
        String reference = instance.getBusinessKey();
        driver.completeSimpleAction(reference, ActionProcesses.TASK_COORDINATE,
                Map.of("sensitive_partnerMissions", "EU delegation", "coordinationForm", "JOINT_DEMARCHE"));

        assertThat(instance).isWaitingAt(TASK_REVIEW_CASE);
        assertThat(driver.caseRow(reference)).containsEntry("stage", "MONITORING");
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a).containsEntry("state", "COMPLETED"));

        driver.complete(reference, TASK_REVIEW_CASE, "officer.alpha",
                Map.of("reviewDecision", "CLOSE_CASE", "closureOutcome", "RISK_REDUCED"));

        assertThat(instance).hasPassed(CaseOfConcernProcess.END_CASE_CLOSED).isEnded();
        assertThat(driver.caseRow(reference)).containsEntry("stage", "CLOSED").containsEntry("closure_reason", "CLOSED_AFTER_REVIEW")
                .containsEntry("closure_outcome", "RISK_REDUCED");
    }

    @Test
    void continuedMonitoringComesBackForReviewAfterTheTiersInterval() {
        ProcessInstance instance = reviewedCase();
        String reference = instance.getBusinessKey();
        Instant before = Instant.now();

        driver.complete(reference, TASK_REVIEW_CASE, "officer.alpha", Map.of("reviewDecision", "CONTINUE_MONITORING"));

        assertThat(instance).isWaitingAt(CaseOfConcernProcess.TIMER_NEXT_REVIEW_DUE);
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(Duration.between(before, timer.getDuedate().toInstant())).isBetween(Duration.ofDays(7).minusMinutes(1),
                Duration.ofDays(7).plusMinutes(1));
        managementService.executeJob(timer.getId());
        assertThat(instance).isWaitingAt(TASK_REVIEW_CASE);
    }

    @Test
    void reviewCanPlanFurtherActionsAfterReconfirmingConsent() {
        ProcessInstance instance = reviewedCase();
        driver.complete(instance.getBusinessKey(), TASK_REVIEW_CASE, "officer.alpha", Map.of("reviewDecision", "PLAN_FURTHER_ACTIONS"));
        assertThat(instance).isWaitingAt(TASK_RECORD_CONSENT);
    }

    @Test
    void reviewCanSendTheCaseBackToRiskAssessment() {
        ProcessInstance instance = reviewedCase();
        driver.complete(instance.getBusinessKey(), TASK_REVIEW_CASE, "officer.alpha", Map.of("reviewDecision", "REASSESS_RISK"));
        assertThat(instance).isWaitingAt(TASK_ASSESS_RISK);
        assertThat(driver.caseRow(instance.getBusinessKey())).containsEntry("stage", "RISK_ASSESSMENT");
    }

    @Test
    void closingWithoutAnOutcomeKeepsTheReviewOpen() {
        ProcessInstance instance = reviewedCase();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete(instance.getBusinessKey(), TASK_REVIEW_CASE,
                "officer.alpha", Map.of("reviewDecision", "CLOSE_CASE"))).hasMessageContaining("closureOutcome");
        assertThat(instance).isWaitingAt(TASK_REVIEW_CASE);
    }

    @Test
    void aSituationChangeStartsAReassessmentWhileTheWorkGoesOn() {
        ProcessInstance instance = driver.caseWithActions(CaseDriver.consent("QUIET", "COORDINATION"), "COORDINATION");
        String reference = instance.getBusinessKey();

        caseFileService.reportSituationChange(CaseDriver.OFFICER_ALPHA, reference, SituationChange.ARREST);

        assertThat(driver.openTasks(reference, TASK_REASSESS_RISK)).isOne();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_COORDINATE)).isOne();
        driver.complete(reference, TASK_REASSESS_RISK, "officer.alpha", CaseDriver.assessment("HIGH", "HIGH", "LOW", "DETAINED"));

        assertThat(instance).isWaitingAt(CaseOfConcernProcess.CALL_CARRY_OUT_ACTIONS, TASK_SEEK_CONSENT_AGAIN);
        assertThat(driver.caseRow(reference)).containsEntry("stage", "ACTIONS").containsEntry("risk_level", "CRITICAL");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.risk_assessment WHERE case_id = ?", Long.class,
                driver.caseRow(reference).get("id"))).isEqualTo(2);
    }

    @Test
    void anArrestLapsesEveryConsentUntilTheDefenderDecidesAgain() {
        ProcessInstance instance = driver.caseWithActions(CaseDriver.consent("PUBLIC", "COORDINATION", "DEMARCHE"), "COORDINATION");
        String reference = instance.getBusinessKey();
        UUID caseId = (UUID) driver.caseRow(reference).get("id");
        assertThat(consentService.permits(caseId, ActionType.DEMARCHE, Audience.HOST_STATE)).isTrue();

        caseFileService.reportSituationChange(CaseDriver.OFFICER_ALPHA, reference, SituationChange.ARREST);

        // From the moment of the change no act that names the defender passes its check, while the work goes on.
        assertThat(consentService.permits(caseId, ActionType.DEMARCHE, Audience.HOST_STATE)).isFalse();
        assertThat(consentService.standingConsentsOf(caseId)).allSatisfy(c -> assertThat(c.validOn(LocalDate.now(java.time.ZoneOffset.UTC))).isFalse());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE event_type = 'CONSENT_CHANGE' "
                + "AND case_reference = ? AND detail LIKE '%lapsed%ARREST%'", Long.class, reference)).isOne();
        driver.complete(reference, TASK_REASSESS_RISK, "officer.alpha", CaseDriver.assessment("HIGH", "HIGH", "LOW", "DETAINED"));
        assertThat(driver.openTasks(reference, TASK_SEEK_CONSENT_AGAIN)).isOne();

        // Detained: the lawyer decides for the defender, with the reason on the receipt.
        Map<String, Object> byLawyer = new java.util.HashMap<>(CaseDriver.consentBefore(List.of("HOST_STATE"), "DEMARCHE"));
        byLawyer.put("consentGivenBy", "LAWYER");
        byLawyer.put("consentGivenThrough", "SECURE_CALL");
        byLawyer.put("consentProxyReason", "DETAINED");
        driver.complete(reference, TASK_SEEK_CONSENT_AGAIN, "officer.alpha", byLawyer);

        assertThat(instance).hasPassed(TASK_SEEK_CONSENT_AGAIN);
        assertThat(driver.openTasks(reference, CaseOfConcernProcess.TASK_CONFIRM_PLAN_CHANGES)).isOne();
        assertThat(consentService.permits(caseId, ActionType.DEMARCHE, Audience.HOST_STATE)).isTrue();
        assertThat(consentService.permits(caseId, ActionType.DEMARCHE, Audience.PUBLIC)).isFalse();
        assertThat(consentService.permits(caseId, ActionType.COORDINATION, Audience.PARTNER_MISSIONS)).isFalse();
        assertThat(SessionClient.signedIn(http, "officer.alpha").get("/cases/" + reference).body())
                .contains("Every consent lapsed: Arrested or detained; to be sought again");
    }

    @Test
    void aNewReportForTheDefenderOfAClosedCaseReopensIt() {
        ProcessInstance first = reviewedCase();
        String reference = first.getBusinessKey();
        driver.complete(reference, TASK_REVIEW_CASE, "officer.alpha",
                Map.of("reviewDecision", "CLOSE_CASE", "closureOutcome", "RELEASED_OR_CHARGES_DROPPED"));
        assertThat(first).isEnded();

        CaseFileService.FurtherReportOutcome outcome = caseFileService.fileFurtherReport(CaseDriver.OFFICER_ALPHA, reference,
                new FurtherReport(new ThreatReport.Threat(ThreatType.ARREST, "Arrested again", java.time.LocalDate.of(2026, 11, 20)),
                        ReportChannel.WALK_IN));

        assertThat(outcome).isEqualTo(CaseFileService.FurtherReportOutcome.CASE_REOPENED);
        ProcessInstance reopened = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(CaseOfConcernProcess.KEY).active().singleResult();
        assertThat(reopened.getId()).isNotEqualTo(first.getId());
        assertThat(reopened).hasPassed(CaseOfConcernProcess.START_CASE_REOPENED).isWaitingAt(TASK_ASSESS_RISK);
        assertThat(driver.caseRow(reference)).containsEntry("stage", "RISK_ASSESSMENT").containsEntry("closed_at", null);
        assertThat(driver.caseRow(reference).get("reopened_at")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.case_file WHERE reference = ?", Long.class, reference)).isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.threat_report r JOIN casework.case_file c ON c.id = r.case_id "
                + "WHERE c.reference = ?", Long.class, reference)).isOne();
    }

    @Test
    void aChangedTierReachesEveryRunningProcessOfTheCase() {
        ProcessInstance instance = driver.caseWithActions(CaseDriver.consent("PUBLIC", "COORDINATION", "DEMARCHE"),
                "COORDINATION", "DEMARCHE");
        String reference = instance.getBusinessKey();
        int before = ((Number) runtimeService.getVariable(instance.getId(), ProcessVariables.URGENCY_TIER)).intValue();

        caseFileService.reportSituationChange(CaseDriver.OFFICER_ALPHA, reference, SituationChange.RELEASE);
        driver.complete(reference, TASK_REASSESS_RISK, "officer.alpha", CaseDriver.assessment("LOW", "LOW", "HIGH", "AT_LIBERTY"));

        int after = ((Number) runtimeService.getVariable(instance.getId(), ProcessVariables.URGENCY_TIER)).intValue();
        assertThat(after).as("the reassessment changed the tier").isNotEqualTo(before);
        List<ProcessInstance> caseProcesses = runtimeService.createProcessInstanceQuery()
                .variableValueEquals(ProcessVariables.CASE_ID, driver.caseRow(reference).get("id").toString()).list().stream()
                .filter(p -> !p.getProcessDefinitionId().startsWith(EscalationProcesses.WATCH + ":")).toList();
        assertThat(caseProcesses).as("the case, two actions, a demarche").hasSizeGreaterThanOrEqualTo(4);
        assertThat(caseProcesses).allSatisfy(p -> assertThat(runtimeService.getVariable(p.getId(), ProcessVariables.URGENCY_TIER))
                .as(p.getProcessDefinitionId()).isEqualTo(after));
    }

    @Test
    void aNewReportOnAnOpenCaseStartsAReassessment() {
        ProcessInstance instance = reviewedCase();
        CaseFileService.FurtherReportOutcome outcome = caseFileService.fileFurtherReport(CaseDriver.OFFICER_ALPHA,
                instance.getBusinessKey(), new FurtherReport(new ThreatReport.Threat(ThreatType.SURVEILLANCE, "Followed home",
                        java.time.LocalDate.of(2026, 11, 21)), ReportChannel.PHONE_OR_MESSAGE));
        assertThat(outcome).isEqualTo(CaseFileService.FurtherReportOutcome.RISK_REASSESSMENT_STARTED);
        assertThat(driver.openTasks(instance.getBusinessKey(), TASK_REASSESS_RISK)).isOne();

        // A new threat leaves the defender's consent standing: the reassessment ends there.
        driver.complete(instance.getBusinessKey(), TASK_REASSESS_RISK, "officer.alpha",
                CaseDriver.assessment("HIGH", "HIGH", "LOW", "AT_LIBERTY"));
        assertThat(instance).hasPassed(CaseOfConcernProcess.END_RISK_REASSESSED).hasNotPassed(TASK_SEEK_CONSENT_AGAIN);
        assertThat(driver.openTasks(instance.getBusinessKey(), TASK_SEEK_CONSENT_AGAIN)).isZero();
    }

    @Test
    void tasksAreDueByTheCasesUrgencyTier() {
        ProcessInstance instance = driver.fileReport(ThreatType.ARREST);
        Task verify = driver.task(instance.getBusinessKey(), CaseOfConcernProcess.TASK_VERIFY_REPORT);
        assertThat(Duration.between(verify.getCreateTime().toInstant(), verify.getDueDate().toInstant()))
                .isBetween(Duration.ofMinutes(110), Duration.ofMinutes(121));
    }

    /** A tier-1 case whose only action is done, waiting for review. */
    private ProcessInstance reviewedCase() {
        ProcessInstance instance = driver.caseWithActions(CaseDriver.consent("QUIET", "CUSTODY_VISIT"), "CUSTODY_VISIT");
        driver.completeCustodyVisit(instance.getBusinessKey());
        assertThat(instance).isWaitingAt(TASK_REVIEW_CASE);
        return instance;
    }
}
