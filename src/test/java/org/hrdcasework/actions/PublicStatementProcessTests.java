package org.hrdcasework.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.Http;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.TaskDriver;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.identity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/PublicStatement.bpmn: consent-gated, cleared by a senior official, stopped when consent goes. */
class PublicStatementProcessTests extends ProcessTestSupport {

    private static final String DEPUTY = "deputy.alpha";
    private static final String DEPUTY_PASSWORD = "Deputy-Passw0rd!2026";

    @Autowired
    CaseFileService caseFileService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskDriver taskDriver;

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
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT action_type) FROM casework.consent WHERE case_id = ? AND withdrawn_at IS NOT NULL",
                Long.class, driver.caseRow(reference).get("id"))).isOne();
        finishReporting(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("state", "STOPPED").containsEntry("outcome", ActionProcesses.OUTCOME_STOPPED_CONSENT_WITHDRAWN));
    }

    @Test
    void theDrafterCanNeverBeGivenTheClearanceHoweverItIsAssigned() {
        String reference = statementCase("PUBLIC");
        draft(reference);
        String clearance = driver.task(reference, ActionProcesses.TASK_CLEAR_STATEMENT).getId();

        // The supervisor (who reassigns work, e.g. handling an escalation) tries to hand it to the
        // officer who drafted it, through the engine's REST door.
        for (String door : List.of("assignee", "delegate")) {
            HttpResponse<String> refused = http.postJson("/engine-rest/task/" + clearance + "/" + door, "supervisor.alpha",
                    "{\"userId\": \"officer.alpha\"}");
            assertThat(refused.statusCode()).as(door).isEqualTo(400);
            assertThat(refused.body()).contains("assignee").contains("officer.alpha drafted the statement").contains("four eyes");
        }
        assertThat(taskService.createTaskQuery().taskId(clearance).singleResult().getAssignee()).isNull();

        // Given to the senior official, it is cleared as before.
        assertThat(http.postJson("/engine-rest/task/" + clearance + "/claim", "ambassador.alpha", "{\"userId\": \"ambassador.alpha\"}")
                .statusCode()).isEqualTo(204);
        driver.complete(reference, ActionProcesses.TASK_CLEAR_STATEMENT, "ambassador.alpha", Map.of("clearanceDecision", "CLEARED"));
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_PUBLISH_STATEMENT)).isOne();
    }

    @Test
    void aSeniorOfficialWhoDraftedTheStatementCannotClearItThroughTheFormDoor() {
        createDeputy();
        try {
            String reference = statementCase("PUBLIC");
            taskDriver.complete(driver.task(reference, ActionProcesses.TASK_DRAFT_STATEMENT), DEPUTY, DEPUTY_PASSWORD, Map.of(
                    "sensitive_statementText", "The mission is concerned about the detention of a human rights defender",
                    "statementChannel", "PRESS_RELEASE"));
            String clearance = driver.task(reference, ActionProcesses.TASK_CLEAR_STATEMENT).getId();

            HttpResponse<String> claim = http.send(http.request("/engine-rest/task/" + clearance + "/claim", null)
                    .header("Authorization", Http.basic(DEPUTY, DEPUTY_PASSWORD)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"userId\": \"" + DEPUTY + "\"}")).build());
            assertThat(claim.statusCode()).isEqualTo(400);
            HttpResponse<String> submit = http.send(http.request("/engine-rest/task/" + clearance + "/submit-form", null)
                    .header("Authorization", Http.basic(DEPUTY, DEPUTY_PASSWORD)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": {\"clearanceDecision\": {\"value\": \"CLEARED\"}}}"))
                    .build());
            assertThat(submit.statusCode()).isEqualTo(400);
            assertThat(submit.body()).contains("deputy.alpha drafted the statement and cannot do \\\"Clear the statement\\\"");
            assertThat(driver.openTasks(reference, ActionProcesses.TASK_CLEAR_STATEMENT)).as("still to clear").isOne();
            assertThat(driver.openTasks(reference, ActionProcesses.TASK_PUBLISH_STATEMENT)).isZero();
        } finally {
            identityService.deleteUser(DEPUTY);
        }
    }

    /** A deputy head of mission: drafts as an officer and clears as a senior official. */
    private void createDeputy() {
        User deputy = identityService.newUser(DEPUTY);
        deputy.setPassword(DEPUTY_PASSWORD);
        identityService.saveUser(deputy);
        identityService.createMembership(DEPUTY, Roles.CASE_OFFICERS);
        identityService.createMembership(DEPUTY, Roles.SENIOR_OFFICIALS);
        identityService.createTenantUserMembership("mission-alpha", DEPUTY);
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
