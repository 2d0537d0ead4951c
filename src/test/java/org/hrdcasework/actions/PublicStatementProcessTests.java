package org.hrdcasework.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseFileService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/PublicStatement.bpmn: consent-gated, cleared by a senior official, stopped when consent goes. */
class PublicStatementProcessTests extends ProcessTestSupport {

    @Autowired
    CaseFileService caseFileService;

    @Test
    void withPublicConsentTheStatementIsClearedAndPublished() {
        String reference = statementCase("PUBLIC");
        ProcessInstance statement = statementInstance(reference);

        draft(reference);
        driver.complete(reference, ActionProcesses.TASK_CLEAR_STATEMENT, "ambassador.alpha", Map.of("clearanceDecision", "CLEARED"));
        driver.complete(reference, ActionProcesses.TASK_PUBLISH_STATEMENT, "officer.alpha",
                Map.of("publishedOn", "2026-11-27", "sensitive_publicationReference", "https://mission.example/statements/12"));

        assertThat(statement).hasPassedInOrder(ActionProcesses.TASK_DRAFT_STATEMENT, ActionProcesses.TASK_CHECK_CONSENT,
                ActionProcesses.TASK_CLEAR_STATEMENT, ActionProcesses.TASK_RECHECK_CONSENT, ActionProcesses.TASK_PUBLISH_STATEMENT,
                ActionProcesses.END_STATEMENT_PUBLISHED).isEnded();
        assertThat(driver.recordNotes(reference, ActionProcesses.TASK_DRAFT_STATEMENT)).containsKey("statementText");
        finishReporting(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("state", "COMPLETED").containsEntry("outcome", ActionProcesses.OUTCOME_PUBLISHED));
    }

    @Test
    void onlyQuietConsentStopsTheStatementBeforeClearance() {
        String reference = statementCase("QUIET");
        ProcessInstance statement = statementInstance(reference);

        draft(reference);

        assertThat(statement).hasPassed(ActionProcesses.END_STOPPED_NO_CONSENT).hasNotPassed(ActionProcesses.TASK_CLEAR_STATEMENT)
                .isEnded();
        finishReporting(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("state", "STOPPED").containsEntry("outcome", ActionProcesses.OUTCOME_STOPPED_NO_CONSENT));
    }

    @Test
    void aSeniorOfficialCanSendTheDraftBack() {
        String reference = statementCase("PUBLIC");
        draft(reference);
        driver.complete(reference, ActionProcesses.TASK_CLEAR_STATEMENT, "ambassador.alpha",
                Map.of("clearanceDecision", "SEND_BACK", "sensitive_clearanceComments", "Do not name the family"));
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_DRAFT_STATEMENT)).isOne();
        assertThat(driver.recordNotes(reference, ActionProcesses.TASK_CLEAR_STATEMENT))
                .containsEntry("clearanceComments", "Do not name the family");
    }

    @Test
    void consentThatLapsedAfterClearanceStopsPublication() {
        String reference = statementCase("PUBLIC");
        ProcessInstance statement = statementInstance(reference);
        draft(reference);
        // Lapsed without a withdrawal message (e.g. expired): only the check at publication can catch it.
        jdbc.update("UPDATE casework.consent SET expires_on = current_date - 1 WHERE case_id = ?",
                driver.caseRow(reference).get("id"));

        driver.complete(reference, ActionProcesses.TASK_CLEAR_STATEMENT, "ambassador.alpha", Map.of("clearanceDecision", "CLEARED"));

        assertThat(statement).hasPassed(ActionProcesses.END_STOPPED_CONSENT_LAPSED)
                .hasNotPassed(ActionProcesses.TASK_PUBLISH_STATEMENT).isEnded();
    }

    @Test
    void withdrawnConsentStopsTheStatementWhereverItStands() {
        String reference = statementCase("PUBLIC");
        ProcessInstance statement = statementInstance(reference);
        draft(reference);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_CLEAR_STATEMENT)).isOne();

        boolean withdrawn = caseFileService.withdrawConsent(CaseDriver.OFFICER_ALPHA, reference, ActionType.PUBLIC_STATEMENT);

        assertThat(withdrawn).isTrue();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_CLEAR_STATEMENT)).isZero();
        assertThat(statement).hasPassed(ActionProcesses.END_STOPPED_CONSENT_WITHDRAWN).isEnded();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.consent WHERE case_id = ? AND withdrawn_at IS NOT NULL",
                Long.class, driver.caseRow(reference).get("id"))).isOne();
        finishReporting(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("state", "STOPPED").containsEntry("outcome", ActionProcesses.OUTCOME_STOPPED_CONSENT_WITHDRAWN));
    }

    private String statementCase(String scope) {
        return driver.caseWithActions(CaseDriver.consent(scope, "PUBLIC_STATEMENT"), "PUBLIC_STATEMENT").getBusinessKey();
    }

    private ProcessInstance statementInstance(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ActionProcesses.PUBLIC_STATEMENT).singleResult();
    }

    private void draft(String reference) {
        driver.complete(reference, ActionProcesses.TASK_DRAFT_STATEMENT, "officer.alpha", Map.of(
                "sensitive_statementText", "The mission is concerned about the detention of a human rights defender",
                "statementChannel", "PRESS_RELEASE"));
    }

    private void finishReporting(String reference) {
        driver.complete(reference, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS, "officer.alpha",
                Map.of("reportedOn", "2026-11-28", "sensitive_headquartersReport", "Statement outcome reported"));
        driver.complete(reference, ActionProcesses.TASK_GIVE_FEEDBACK, "officer.alpha",
                Map.of("feedbackGivenOn", "2026-11-28", "feedbackChannel", "THROUGH_LAWYER"));
    }
}
