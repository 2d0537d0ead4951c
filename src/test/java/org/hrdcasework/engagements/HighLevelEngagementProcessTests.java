package org.hrdcasework.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.Database;
import org.hrdcasework.system.engine.ProcessVariables;
import org.junit.jupiter.api.Test;

/** processes/HighLevelEngagement.bpmn: pack, review, approval, the engagement, outcome, follow-ups; or called off. */
class HighLevelEngagementProcessTests extends EngagementTestSupport {

    private static final String NOTES_CANARY = "canary-briefing-notes-7c1e";
    private static final String APPROVAL_CANARY = "canary-approval-comments-52aa";
    private static final String OUTCOME_CANARY = "canary-outcome-summary-90bd";
    private static final String FOLLOW_UP_CANARY = "canary-follow-up-notes-3f04";

    @Test
    void thePackIsReviewedReturnedApprovedAndTheRaisedCasesAreFollowedUpOnTheirCases() {
        String publicCase = alphaCaseWithConsent("Visit Public Person", "PUBLIC", "PUBLIC_STATEMENT");
        String privateCase = alphaCaseWithConsent("Visit Quiet Person", "QUIET", "DEMARCHE");
        LocalDate scheduledOn = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        String reference = planEngagement("ambassador.alpha", "VISIT", scheduledOn.toString());
        assertThat(reference).matches("ALPHA-VIS-\\d{4}");
        ProcessInstance engagement = instance(reference, EngagementProcesses.HIGH_LEVEL_ENGAGEMENT);

        assertThat(engagement).hasPassed(EngagementProcesses.TASK_COMPILE_PACK).isWaitingAt(EngagementProcesses.TASK_REVIEW_PACK);
        assertThat(engagement).task().hasCandidateGroup("case-officers");
        Map<String, Object> row = engagementRow(reference);
        assertThat(row).containsEntry("status", "PREPARING").containsEntry("kind", "VISIT")
                .containsEntry("visitor_level", "MINISTER").containsEntry("process_instance_id", engagement.getId());
        assertThat(row.get("pack_compiled_at")).isNotNull();
        Task review = task(engagement.getId(), EngagementProcesses.TASK_REVIEW_PACK);
        assertThat(Duration.between(review.getCreateTime().toInstant(), review.getDueDate().toInstant())).isEqualTo(Duration.ofDays(3));

        complete(review, "officer.alpha", Map.of("packChecked", true, "sensitive_briefingNotes", NOTES_CANARY));
        assertThat(engagement).isWaitingAt(EngagementProcesses.TASK_APPROVE_PACK);
        assertThat(engagement).task().hasCandidateGroup("senior-officials");
        complete(engagement.getId(), EngagementProcesses.TASK_APPROVE_PACK, "ambassador.alpha",
                Map.of("packDecision", "RETURNED", "sensitive_approvalComments", APPROVAL_CANARY));
        assertThat(engagement).isWaitingAt(EngagementProcesses.TASK_REVIEW_PACK);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(engagement.getId())
                .activityId(EngagementProcesses.TASK_REVIEW_PACK).count()).isEqualTo(2);
        complete(engagement.getId(), EngagementProcesses.TASK_REVIEW_PACK, "officer.alpha", Map.of("packChecked", true));
        complete(engagement.getId(), EngagementProcesses.TASK_APPROVE_PACK, "ambassador.alpha", Map.of("packDecision", "APPROVED"));

        assertThat(engagement).hasPassed(EngagementProcesses.TASK_MARK_BRIEFED)
                .isWaitingAt(EngagementProcesses.TIMER_DAY_AFTER_ENGAGEMENT);
        assertThat(engagementRow(reference)).containsEntry("status", "BRIEFED");
        assertThat(timer(engagement.getId()).getDuedate().toInstant())
                .isEqualTo(scheduledOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        managementService.executeJob(timer(engagement.getId()).getId());

        assertThat(engagement).isWaitingAt(EngagementProcesses.TASK_RECORD_OUTCOME);
        assertThat(engagement).task().hasCandidateGroup("senior-officials");
        assertThat(runtimeService.getVariable(engagement.getId(), EngagementProcesses.PACK_CASE_OPTIONS).toString())
                .contains("\"value\":\"" + publicCase + "\"").contains("may be raised publicly")
                .doesNotContain("Visit Public Person");
        complete(engagement.getId(), EngagementProcesses.TASK_RECORD_OUTCOME, "ambassador.alpha", Map.of(
                "casesRaised", List.of(publicCase, privateCase), "stateAnswered", true,
                "sensitive_outcomeSummary", OUTCOME_CANARY, "followUpNeeded", true));

        assertThat(engagement).hasPassed(EngagementProcesses.TASK_MARK_RAISED).isWaitingAt(EngagementProcesses.TASK_FOLLOW_UP);
        assertThat(engagementRow(reference)).containsEntry("status", "HELD").containsEntry("state_answered", true);
        assertThat(snapshot(reference, publicCase)).containsEntry("raised", true).containsEntry("answer_received", true)
                .containsEntry("follow_up", true).containsEntry("recommendation", "RAISE_PUBLICLY")
                .containsEntry("meeting_proposed", true);
        assertThat(snapshot(reference, privateCase)).containsEntry("raised", true).containsEntry("recommendation", "RAISE_PRIVATELY");

        assertThat(runtimeService.getVariable(engagement.getId(), ProcessVariables.CASE_ID)).isNull();
        List<Task> followUps = tasks(engagement.getId(), EngagementProcesses.TASK_FOLLOW_UP);
        assertThat(followUps).hasSize(2);
        for (Task followUp : followUps) {
            assertThat(followUp.getDueDate()).isNotNull();
            // Local to the task's own instance: the process itself is about no single case.
            Map<String, Object> local = runtimeService.getVariablesLocal(followUp.getExecutionId());
            String caseReference = (String) local.get(ProcessVariables.CASE_REFERENCE);
            assertThat(caseReference).isIn(publicCase, privateCase);
            assertThat(local).containsEntry(ProcessVariables.CASE_ID, driver.caseRow(caseReference).get("id").toString());
            complete(followUp, "officer.alpha", Map.of("followUpAction", "FEEDBACK_TO_DEFENDER",
                    "sensitive_followUpNotes", FOLLOW_UP_CANARY));
        }

        assertThat(engagement).hasPassed(EngagementProcesses.TASK_CLOSE_ENGAGEMENT)
                .hasPassed(EngagementProcesses.END_ENGAGEMENT_CLOSED).isEnded();
        assertThat(engagementRow(reference)).containsEntry("status", "CLOSED");

        // Each follow-up is recorded on its case and on the engagement; the notes read back on the case file.
        for (String caseReference : List.of(publicCase, privateCase)) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.task_record r JOIN casework.case_file c "
                    + "ON c.id = r.case_id WHERE c.reference = ? AND r.task_key = ? AND r.duty_reference = ?", Long.class,
                    caseReference, EngagementProcesses.TASK_FOLLOW_UP, reference)).isOne();
            assertThat(driver.recordNotes(caseReference, EngagementProcesses.TASK_FOLLOW_UP))
                    .containsEntry("followUpNotes", FOLLOW_UP_CANARY);
        }
        // Free text only encrypted: nowhere in plain text, but readable by the mission's staff through the API.
        assertThat(new Database(jdbc).plaintextHits(List.of(NOTES_CANARY, APPROVAL_CANARY, OUTCOME_CANARY, FOLLOW_UP_CANARY)))
                .isEmpty();
        HttpResponse<String> records = http.get("/api/engagements/" + reference + "/records", "ambassador.alpha");
        assertThat(records.statusCode()).isEqualTo(200);
        assertThat(records.body()).contains(NOTES_CANARY, APPROVAL_CANARY, OUTCOME_CANARY);
        assertThat(http.get("/api/engagements/" + reference + "/records", "officer.beta").statusCode()).isEqualTo(404);
        assertThat(json(http.get("/api/engagements/" + reference, "officer.alpha")).path("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void aFollowUpStartsADemarcheOnACaseWhosePlanIsInForceOrIsReportedToHeadquarters() {
        String planned = alphaCaseWithConsent("Follow Demarche Person", "QUIET", "DEMARCHE");
        driver.complete(planned, org.hrdcasework.cases.CaseOfConcernProcess.TASK_PLAN_ACTIONS, "officer.alpha",
                Map.of("plannedActionTypes", List.of()));
        String unplanned = alphaCaseWithConsent("Follow Unplanned Person", "QUIET", "DEMARCHE");
        String reference = planEngagement("supervisor.alpha", "POLITICAL_DIALOGUE", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString());
        ProcessInstance engagement = instance(reference, EngagementProcesses.HIGH_LEVEL_ENGAGEMENT);
        complete(engagement.getId(), EngagementProcesses.TASK_REVIEW_PACK, "officer.alpha", Map.of("packChecked", true));
        complete(engagement.getId(), EngagementProcesses.TASK_APPROVE_PACK, "ambassador.alpha", Map.of("packDecision", "APPROVED"));
        managementService.executeJob(timer(engagement.getId()).getId());
        complete(engagement.getId(), EngagementProcesses.TASK_RECORD_OUTCOME, "ambassador.alpha",
                Map.of("casesRaised", List.of(planned, unplanned), "stateAnswered", true, "followUpNeeded", true));
        Task forPlanned = followUpOf(engagement, planned);
        Task forUnplanned = followUpOf(engagement, unplanned);

        // A demarche on a case whose plan is not yet in force is refused, naming the field; the task stays open.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(forUnplanned, "officer.alpha",
                Map.of("followUpAction", "DEMARCHE"))).hasMessageContaining("followUpAction").hasMessageContaining("no plan in force");
        assertThat(followUpOf(engagement, unplanned).getId()).isEqualTo(forUnplanned.getId());
        complete(forUnplanned, "officer.alpha", Map.of("followUpAction", "REPORT_TO_HEADQUARTERS"));
        complete(task(engagement.getId(), EngagementProcesses.TASK_REPORT_FOLLOW_UP_TO_HEADQUARTERS), "officer.alpha",
                Map.of("reportedOn", LocalDate.now(ZoneOffset.UTC).toString(), "sensitive_headquartersReport", "The state answered in general terms"));

        complete(forPlanned, "officer.alpha", Map.of("followUpAction", "DEMARCHE"));

        assertThat(driver.openTasks(planned, org.hrdcasework.actions.ActionProcesses.TASK_PREPARE_DEMARCHE)).isOne();
        assertThat(driver.actions(planned)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("action_type", "DEMARCHE").containsEntry("state", "IN_PROGRESS"));
        assertThat(driver.actions(unplanned)).isEmpty();
        assertThat(engagement).hasPassed(EngagementProcesses.TASK_START_FOLLOW_UP_DEMARCHE,
                EngagementProcesses.TASK_REPORT_FOLLOW_UP_TO_HEADQUARTERS, EngagementProcesses.END_ENGAGEMENT_CLOSED).isEnded();
    }

    private Task followUpOf(ProcessInstance engagement, String caseReference) {
        return tasks(engagement.getId(), EngagementProcesses.TASK_FOLLOW_UP).stream()
                .filter(t -> caseReference.equals(runtimeService.getVariableLocal(t.getExecutionId(), ProcessVariables.CASE_REFERENCE)))
                .findFirst().orElseThrow();
    }

    @Test
    void withNothingToFollowUpTheEngagementClosesAfterTheOutcome() {
        String raised = alphaCaseWithConsent("Dialogue Quiet Person", "QUIET", "DEMARCHE");
        String reference = planEngagement("supervisor.alpha", "POLITICAL_DIALOGUE", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString());
        assertThat(reference).matches("ALPHA-DIA-\\d{4}");
        ProcessInstance engagement = instance(reference, EngagementProcesses.HIGH_LEVEL_ENGAGEMENT);
        complete(engagement.getId(), EngagementProcesses.TASK_REVIEW_PACK, "officer.alpha", Map.of("packChecked", true));
        complete(engagement.getId(), EngagementProcesses.TASK_APPROVE_PACK, "ambassador.alpha", Map.of("packDecision", "APPROVED"));
        managementService.executeJob(timer(engagement.getId()).getId());

        // Raised, but no follow-up asked for: no follow-up task.
        complete(engagement.getId(), EngagementProcesses.TASK_RECORD_OUTCOME, "ambassador.alpha",
                Map.of("casesRaised", List.of(raised), "stateAnswered", false, "followUpNeeded", false));

        assertThat(engagement).hasPassed(EngagementProcesses.END_ENGAGEMENT_CLOSED)
                .hasNotPassed(EngagementProcesses.TASK_FOLLOW_UP).isEnded();
        assertThat(engagementRow(reference)).containsEntry("status", "CLOSED").containsEntry("state_answered", false);
        assertThat(snapshot(reference, raised)).containsEntry("raised", true).containsEntry("follow_up", false)
                .containsEntry("answer_received", false);
        // Raised with the host government: a reprisal watch on the case, naming the engagement by its id.
        assertThat(jdbc.queryForObject("SELECT w.engagement_kind FROM casework.reprisal_watch w JOIN casework.case_file c"
                + " ON c.id = w.case_id JOIN casework.engagement e ON e.id::text = w.engagement_ref WHERE c.reference = ?"
                + " AND e.reference = ?", String.class, raised, reference)).isEqualTo("DIALOGUE_RAISE");
    }

    @Test
    void briefingNotesForTheVisitorMustNotNameADefender() {
        alphaCaseWithConsent("Namable Defender Person", "QUIET", "DEMARCHE");
        String reference = planEngagement("ambassador.alpha", "VISIT", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        ProcessInstance engagement = instance(reference, EngagementProcesses.HIGH_LEVEL_ENGAGEMENT);
        Task review = task(engagement.getId(), EngagementProcesses.TASK_REVIEW_PACK);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(review, "officer.alpha", Map.of("packChecked", true,
                        "sensitive_briefingNotes", "Ask about namable defender person's passport")))
                .hasMessageContaining("sensitive_briefingNotes").hasMessageContaining("must not name a defender").hasMessageNotContaining("HRD-");
        assertThat(engagement).isWaitingAt(EngagementProcesses.TASK_REVIEW_PACK);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.task_record WHERE duty_reference = ?", Long.class,
                reference)).isZero();
    }

    @Test
    void aCaseNotInThePackCannotBeRecordedAsRaised() {
        String betaCase = fileCase("officer.beta", "mission-beta", "Beta Dialogue Person", "+000 555 0303", "ARREST");
        String reference = planEngagement("ambassador.alpha", "POLITICAL_DIALOGUE", LocalDate.now(ZoneOffset.UTC).plusDays(9).toString());
        ProcessInstance engagement = instance(reference, EngagementProcesses.HIGH_LEVEL_ENGAGEMENT);
        complete(engagement.getId(), EngagementProcesses.TASK_REVIEW_PACK, "officer.alpha", Map.of("packChecked", true));
        complete(engagement.getId(), EngagementProcesses.TASK_APPROVE_PACK, "ambassador.alpha", Map.of("packDecision", "APPROVED"));
        managementService.executeJob(timer(engagement.getId()).getId());

        Task outcome = task(engagement.getId(), EngagementProcesses.TASK_RECORD_OUTCOME);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(outcome, "ambassador.alpha",
                        Map.of("casesRaised", List.of(betaCase), "followUpNeeded", true)))
                .hasMessageContaining("casesRaised");
        assertThat(engagement).isWaitingAt(EngagementProcesses.TASK_RECORD_OUTCOME);
        assertThat(engagementRow(reference)).containsEntry("status", "BRIEFED");
    }

    @Test
    void aCaseTheBriefingSaysNotToRaiseIsRecordedAsRaisedOnlyWithAnAuditedOverride() {
        String noConsent = fileCase("officer.alpha", "mission-alpha", "Dialogue Unconsented Person", "+000 555 0404", "ARREST");
        String reference = planEngagement("ambassador.alpha", "POLITICAL_DIALOGUE", LocalDate.now(ZoneOffset.UTC).plusDays(9).toString());
        ProcessInstance engagement = instance(reference, EngagementProcesses.HIGH_LEVEL_ENGAGEMENT);
        complete(engagement.getId(), EngagementProcesses.TASK_REVIEW_PACK, "officer.alpha", Map.of("packChecked", true));
        complete(engagement.getId(), EngagementProcesses.TASK_APPROVE_PACK, "ambassador.alpha", Map.of("packDecision", "APPROVED"));
        managementService.executeJob(timer(engagement.getId()).getId());
        assertThat(snapshot(reference, noConsent)).containsEntry("recommendation", "DO_NOT_RAISE");
        String outcome = task(engagement.getId(), EngagementProcesses.TASK_RECORD_OUTCOME).getId();
        String submit = "/engine-rest/task/" + outcome + "/submit-form";

        // As Tasklist submits the form: raised without the override, or with it but no reason, is refused.
        HttpResponse<String> noOverride = http.postJson(submit, "ambassador.alpha", """
                {"variables":{"casesRaised":{"value":"[\\"%s\\"]","type":"Json"},"stateAnswered":{"value":false},
                 "followUpNeeded":{"value":false}}}""".formatted(noConsent));
        assertThat(noOverride.statusCode()).as(noOverride.body()).isEqualTo(400);
        assertThat(noOverride.body()).contains("\"field\":\"casesRaised\"").contains("advises not to raise");
        HttpResponse<String> noReason = http.postJson(submit, "ambassador.alpha", """
                {"variables":{"casesRaised":{"value":"[\\"%s\\"]","type":"Json"},"raisedAgainstAdvice":{"value":true},
                 "stateAnswered":{"value":false},"followUpNeeded":{"value":false}}}""".formatted(noConsent));
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"raiseAgainstAdviceReason\"");
        assertThat(engagement).isWaitingAt(EngagementProcesses.TASK_RECORD_OUTCOME);
        assertThat(snapshot(reference, noConsent)).containsEntry("raised", false);

        // Handed to a case officer (a supervisor reassigns it), the override is still refused: it is a senior official's.
        assertThat(http.postJson("/engine-rest/task/" + outcome + "/assignee", "supervisor.alpha", "{\"userId\": \"officer.alpha\"}")
                .statusCode()).isEqualTo(204);
        HttpResponse<String> byOfficer = http.postJson(submit, "officer.alpha", """
                {"variables":{"casesRaised":{"value":"[\\"%s\\"]","type":"Json"},"raisedAgainstAdvice":{"value":true},
                 "raiseAgainstAdviceReason":{"value":"DANGER_TO_LIFE"},"stateAnswered":{"value":false},
                 "followUpNeeded":{"value":false}}}""".formatted(noConsent));
        assertThat(byOfficer.statusCode()).as(byOfficer.body()).isEqualTo(400);
        assertThat(byOfficer.body()).contains("\"field\":\"raisedAgainstAdvice\"").contains("only a senior official");
        assertThat(http.postJson("/engine-rest/task/" + outcome + "/assignee", "supervisor.alpha", "{\"userId\": \"ambassador.alpha\"}")
                .statusCode()).isEqualTo(204);

        HttpResponse<String> overridden = http.postJson(submit, "ambassador.alpha", """
                {"variables":{"casesRaised":{"value":"[\\"%s\\"]","type":"Json"},"raisedAgainstAdvice":{"value":true},
                 "raiseAgainstAdviceReason":{"value":"DANGER_TO_LIFE"},"stateAnswered":{"value":false},
                 "followUpNeeded":{"value":false}}}""".formatted(noConsent));
        assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(204);
        assertThat(snapshot(reference, noConsent)).containsEntry("raised", true);
        assertThat(jdbc.queryForList("SELECT actor || ' ' || detail FROM casework.audit_event WHERE event_type = 'RAISED_AGAINST_ADVICE' "
                + "AND case_reference = ?", String.class, noConsent))
                .containsExactly("ambassador.alpha raised at " + reference + " against the briefing advice: DANGER_TO_LIFE");
    }

    @Test
    void callingTheEngagementOffEndsItWhereverItStands() {
        String reference = planEngagement("ambassador.alpha", "VISIT", LocalDate.now(ZoneOffset.UTC).plusDays(12).toString());
        ProcessInstance engagement = instance(reference, EngagementProcesses.HIGH_LEVEL_ENGAGEMENT);
        complete(engagement.getId(), EngagementProcesses.TASK_REVIEW_PACK, "officer.alpha", Map.of("packChecked", true));

        assertThat(http.postJson("/api/engagements/" + reference + "/cancellation", "officer.alpha", "{}").statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/engagements/" + reference + "/cancellation", "officer.beta", "{}").statusCode()).isEqualTo(403);
        assertThat(engagement).isWaitingAt(EngagementProcesses.TASK_APPROVE_PACK);
        HttpResponse<String> cancelled = http.postJson("/api/engagements/" + reference + "/cancellation", "supervisor.alpha", "{}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);

        assertThat(engagement).hasPassed(EngagementProcesses.TASK_CANCEL_ENGAGEMENT, EngagementProcesses.END_ENGAGEMENT_CANCELLED)
                .isEnded();
        assertThat(engagementRow(reference)).containsEntry("status", "CANCELLED");
        assertThat(taskService.createTaskQuery().processInstanceId(engagement.getId()).count()).isZero();
        assertThat(http.postJson("/api/engagements/" + reference + "/cancellation", "supervisor.alpha", "{}").statusCode())
                .isEqualTo(409);
    }

    @Test
    void missionBetaSeesNeitherTheEngagementNorItsTasks() {
        String reference = planEngagement("ambassador.alpha", "VISIT", LocalDate.now(ZoneOffset.UTC).plusDays(15).toString());
        ProcessInstance engagement = instance(reference, EngagementProcesses.HIGH_LEVEL_ENGAGEMENT);

        identityService.setAuthentication("officer.beta", List.of("case-officers"), List.of("mission-beta"));
        try {
            assertThat(taskService.createTaskQuery().processInstanceId(engagement.getId()).count()).isZero();
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(http.get("/api/engagements/" + reference, "officer.beta").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/engagements/" + reference, "officer.alpha").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.engagement_case s JOIN casework.engagement e "
                + "ON e.id = s.engagement_id JOIN casework.case_file c ON c.id = s.case_id "
                + "WHERE e.reference = ? AND c.mission_id <> 'mission-alpha'", Long.class, reference)).isZero();
    }

    @Test
    void badRequestsNameTheFieldAndWriteNothing() {
        long before = engagementCount();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

        assertRejected(400, "ambassador.alpha", "{\"mission\": \"mission-alpha\", \"kind\": \"VISIT\", \"visitorLevel\": \"MINISTER\", "
                + "\"scheduledOn\": \"" + LocalDate.now(ZoneOffset.UTC) + "\"}", "scheduledOn");
        assertRejected(400, "ambassador.alpha", "{\"mission\": \"mission-alpha\", \"kind\": \"PICNIC\", \"visitorLevel\": \"MINISTER\", "
                + "\"scheduledOn\": \"" + tomorrow + "\"}", "kind");
        assertRejected(400, "ambassador.alpha", "{\"mission\": \"mission-alpha\", \"kind\": \"VISIT\", \"scheduledOn\": \"" + tomorrow + "\"}",
                "visitorLevel");
        assertRejected(400, "ambassador.alpha", "{\"mission\": \"mission-alpha\", \"kind\": \"VISIT\", \"visitorLevel\": \"MINISTER\", "
                + "\"scheduledOn\": \"2026-02-30\"}", "scheduledOn");
        assertRejected(403, "officer.alpha", "{\"mission\": \"mission-alpha\", \"kind\": \"VISIT\", \"visitorLevel\": \"MINISTER\", "
                + "\"scheduledOn\": \"" + tomorrow + "\"}", "mission");
        assertRejected(403, "ambassador.alpha", "{\"mission\": \"mission-beta\", \"kind\": \"VISIT\", \"visitorLevel\": \"MINISTER\", "
                + "\"scheduledOn\": \"" + tomorrow + "\"}", "mission");

        assertThat(engagementCount()).isEqualTo(before);
    }

    private void assertRejected(int status, String user, String body, String field) {
        HttpResponse<String> response = http.postJson("/api/engagements", user, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(errorFields(response)).as(response.body()).contains(field);
    }

    private long engagementCount() {
        return jdbc.queryForObject("SELECT count(*) FROM casework.engagement", Long.class);
    }

    private Map<String, Object> engagementRow(String reference) {
        return jdbc.queryForMap("SELECT status, kind, visitor_level, state_answered, pack_compiled_at, process_instance_id "
                + "FROM casework.engagement WHERE reference = ?", reference);
    }

    private Map<String, Object> snapshot(String reference, String caseReference) {
        return jdbc.queryForMap("SELECT s.recommendation, s.meeting_proposed, s.raised, s.answer_received, s.follow_up "
                + "FROM casework.engagement_case s JOIN casework.engagement e ON e.id = s.engagement_id "
                + "JOIN casework.case_file c ON c.id = s.case_id WHERE e.reference = ? AND c.reference = ?",
                reference, caseReference);
    }
}
