package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseOfConcernProcess.Vars;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/CaseOfConcern.bpmn, with the rows each path writes. */
class CaseOfConcernProcessTests extends ProcessTestSupport {

    private static final Caller OFFICER_ALPHA = new Caller("officer.alpha", Set.of("case-officers"), Set.of("mission-alpha"));

    @Autowired
    IdentityService identityService;
    @Autowired
    CaseFileService caseFileService;

    @Test
    void verifiedReportGoesOnToRiskAssessment() {
        ProcessInstance instance = fileReport();
        assertThat(instance).isWaitingAt(CaseOfConcernProcess.TASK_VERIFY_REPORT);
        assertThat(task()).hasCandidateGroup("case-officers").hasName("Verify report");

        completeAsOfficer(instance, Vars.IS_DEFENDER, "YES", Vars.LINKED_TO_HUMAN_RIGHTS_WORK, "YES");

        assertThat(instance).hasPassedInOrder(CaseOfConcernProcess.START_THREAT_REPORTED,
                        CaseOfConcernProcess.TASK_VERIFY_REPORT, CaseOfConcernProcess.GATEWAY_VERIFICATION_OUTCOME)
                .isWaitingAt(CaseOfConcernProcess.TASK_ASSESS_RISK)
                .variables().containsEntry(Vars.VERIFICATION_OUTCOME, "VERIFIED");
        Map<String, Object> row = caseRow(instance);
        assertThat(row).containsEntry("stage", "RISK_ASSESSMENT").containsEntry("closure_reason", null);
        assertThat(verificationRow(instance)).containsEntry("outcome", "VERIFIED")
                .containsEntry("is_defender", true).containsEntry("linked_to_human_rights_work", true)
                .containsEntry("verified_by", "officer.alpha");
    }

    @Test
    void reportAboutSomeoneWhoIsNotADefenderIsClosedWithThatReason() {
        ProcessInstance instance = fileReport();

        completeAsOfficer(instance, Vars.IS_DEFENDER, "NO", Vars.LINKED_TO_HUMAN_RIGHTS_WORK, "YES");

        assertThat(instance).hasPassed(CaseOfConcernProcess.END_REPORT_REJECTED).isEnded();
        assertThat(caseRow(instance)).containsEntry("stage", "CLOSED").containsEntry("closure_reason", "NOT_A_DEFENDER");
        assertThat(caseRow(instance).get("closed_at")).isNotNull();
        assertThat(verificationRow(instance)).containsEntry("outcome", "REJECTED");
    }

    @Test
    void reportOfARiskNotLinkedToHumanRightsWorkIsClosedWithThatReason() {
        ProcessInstance instance = fileReport();

        completeAsOfficer(instance, Vars.IS_DEFENDER, "YES", Vars.LINKED_TO_HUMAN_RIGHTS_WORK, "NO");

        assertThat(instance).hasPassed(CaseOfConcernProcess.END_REPORT_REJECTED).isEnded();
        assertThat(caseRow(instance)).containsEntry("stage", "CLOSED")
                .containsEntry("closure_reason", "NOT_LINKED_TO_HUMAN_RIGHTS_WORK");
    }

    @Test
    void duplicateReportIsLinkedToTheOpenCaseInsteadOfOpeningASecond() {
        ProcessInstance original = fileReport();
        ProcessInstance duplicate = fileReport();

        completeAsOfficer(duplicate, Vars.IS_DEFENDER, "YES", Vars.LINKED_TO_HUMAN_RIGHTS_WORK, "YES",
                Vars.DUPLICATE_OF_REFERENCE, original.getBusinessKey());

        assertThat(duplicate).hasPassed(CaseOfConcernProcess.END_LINKED_TO_OPEN_CASE).isEnded();
        assertThat(original).isWaitingAt(CaseOfConcernProcess.TASK_VERIFY_REPORT);
        Map<String, Object> row = caseRow(duplicate);
        assertThat(row).containsEntry("stage", "CLOSED").containsEntry("closure_reason", "DUPLICATE_OF_OPEN_CASE");
        assertThat(jdbc.queryForObject("SELECT reference FROM casework.case_file WHERE id = ?", String.class,
                row.get("linked_case_id"))).isEqualTo(original.getBusinessKey());
    }

    @Test
    void unknownDuplicateReferenceKeepsTheTaskOpenAndWritesNothing() {
        ProcessInstance instance = fileReport();

        assertThatThrownBy(() -> completeAsOfficer(instance, Vars.IS_DEFENDER, "YES",
                Vars.LINKED_TO_HUMAN_RIGHTS_WORK, "YES", Vars.DUPLICATE_OF_REFERENCE, "ALPHA-1999-0001"))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("duplicateOfReference");

        assertThat(instance).isWaitingAt(CaseOfConcernProcess.TASK_VERIFY_REPORT);
        assertThat(caseRow(instance)).containsEntry("stage", "VERIFICATION");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.case_verification v JOIN casework.case_file c "
                + "ON c.id = v.case_id WHERE c.reference = ?", Long.class, instance.getBusinessKey())).isZero();
    }

    @Test
    void aCaseOfAnotherMissionCannotBeNamedAsTheOpenCase() {
        Caller officerBeta = new Caller("officer.beta", Set.of("case-officers"), Set.of("mission-beta"));
        String betaReference = caseFileService.fileThreatReport(officerBeta, report("mission-beta"));
        ProcessInstance instance = fileReport();

        assertThatThrownBy(() -> completeAsOfficer(instance, Vars.IS_DEFENDER, "YES",
                Vars.LINKED_TO_HUMAN_RIGHTS_WORK, "YES", Vars.DUPLICATE_OF_REFERENCE, betaReference))
                .hasRootCauseInstanceOf(InvalidInputException.class);
        assertThat(instance).isWaitingAt(CaseOfConcernProcess.TASK_VERIFY_REPORT);
    }

    @Test
    void missingAnswerKeepsTheTaskOpen() {
        ProcessInstance instance = fileReport();

        assertThatThrownBy(() -> completeAsOfficer(instance, Vars.IS_DEFENDER, "YES"))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining(Vars.LINKED_TO_HUMAN_RIGHTS_WORK);
        assertThat(instance).isWaitingAt(CaseOfConcernProcess.TASK_VERIFY_REPORT);
    }

    private ProcessInstance fileReport() {
        String reference = caseFileService.fileThreatReport(OFFICER_ALPHA, report("mission-alpha"));
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKey("CaseOfConcern").singleResult();
    }

    private static ThreatReport report(String mission) {
        return new ThreatReport(mission, new ThreatReport.Defender("Test Person", null),
                new ThreatReport.Threat(ThreatType.ARREST, "Detained after a protest", LocalDate.of(2026, 11, 1)),
                ReportChannel.LIAISON_OFFICER, null);
    }

    private Map<String, Object> caseRow(ProcessInstance instance) {
        return jdbc.queryForMap("SELECT stage, closure_reason, closed_at, linked_case_id FROM casework.case_file "
                + "WHERE reference = ?", instance.getBusinessKey());
    }

    private Map<String, Object> verificationRow(ProcessInstance instance) {
        return jdbc.queryForMap("SELECT v.outcome, v.is_defender, v.linked_to_human_rights_work, v.verified_by "
                + "FROM casework.case_verification v JOIN casework.case_file c ON c.id = v.case_id WHERE c.reference = ?",
                instance.getBusinessKey());
    }

    /** Completes the instance's open task as officer.alpha would in Tasklist, with the engine's checks on. */
    private void completeAsOfficer(ProcessInstance instance, String key, Object value, Object... more) {
        identityService.setAuthentication("officer.alpha", List.of("case-officers"), List.of("mission-alpha"));
        try {
            complete(task(instance), withVariables(key, value, more));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
