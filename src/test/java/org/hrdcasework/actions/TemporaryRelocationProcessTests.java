package org.hrdcasework.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/TemporaryRelocation.bpmn and its call from CaseAction: eligibility (consent before
 * partner missions checked then), the visa and the head of mission's decision on a refusal, the
 * move's security plan, the departure and the dates the server computes from it, check-ins
 * abroad, the assessment of the risk of return (return, extension, longer-term protection), the
 * return plan and the return.
 */
class TemporaryRelocationProcessTests extends ProcessTestSupport {

    private static final String ACTION = "TEMPORARY_RELOCATION";

    @Autowired
    Relocations relocations;
    @Autowired
    org.hrdcasework.system.engine.Cadences cadences;

    @Test
    void aRelocatedDefendersReturnIsPlannedAndWatched() {
        String reference = relocationCase();
        ProcessInstance relocation = relocationInstance(reference);
        Task assess = driver.task(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY);
        // Tier 1 (an arrest): eligibility within three days (EscalationPolicy.dmn, Rule_Reloc_01).
        assertThat(Duration.between(assess.getCreateTime().toInstant(), assess.getDueDate().toInstant())).isEqualTo(Duration.ofHours(72));

        driver.complete(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY, "officer.alpha",
                eligibility("ELIGIBLE", "SHELTER_CITY", 6, 2, "Shelter City The Hague, partner and child"));
        driver.complete(reference, RelocationProcesses.TASK_ARRANGE_VISA, "officer.alpha",
                Map.of("visaOutcome", "ISSUED", "visaDecidedOn", "2026-11-25", "sensitive_visaNotes", "Schengen visa type D"));
        Map<String, Object> plan = new HashMap<>(moveSecurity());
        plan.put("sensitive_securityPlanNotes", "Leaves by bus to the border, then by air");
        driver.complete(reference, RelocationProcesses.TASK_PLAN_MOVE_SECURITY, "officer.alpha", plan);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        driver.complete(reference, RelocationProcesses.TASK_RECORD_DEPARTURE, "officer.alpha", Map.of("departedOn", today.toString()));

        assertThat(relocation).isWaitingAt(RelocationProcesses.TIMER_RETURN_PLANNING_DUE);
        assertThat(row(reference)).containsEntry("status", "ABROAD").containsEntry("programme", "SHELTER_CITY")
                .containsEntry("family_members", 2).containsEntry("visa_outcome", "ISSUED")
                .containsEntry("departed_on", Date.valueOf(today)).containsEntry("stay_ends_on", Date.valueOf(today.plusMonths(6)));
        // Check-ins abroad every RELOCATION_CHECK_IN days (Cadences.dmn), set by the server at the departure.
        Job checkIn = timer(relocation, RelocationProcesses.TIMER_CHECK_IN_DUE);
        assertThat(Duration.between(java.time.Instant.now(), checkIn.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(30).minusMinutes(5), Duration.ofDays(30));
        managementService.executeJob(checkIn.getId());
        driver.complete(reference, RelocationProcesses.TASK_CHECK_IN_ABROAD, "officer.alpha",
                Map.of("checkedInOn", today.toString(), "wellbeing", "WELL", "sensitive_checkInNotes", "Settled in, child at school"));
        assertThat(relocation).isWaitingAt(RelocationProcesses.TIMER_RETURN_PLANNING_DUE);
        assertThat(timer(relocation, RelocationProcesses.TIMER_CHECK_IN_DUE)).as("the next check-in").isNotNull();

        // The return is assessed RELOCATION_RETURN_PLANNING days before the stay ends.
        Job planning = timer(relocation, RelocationProcesses.TIMER_RETURN_PLANNING_DUE);
        assertThat(planning.getDuedate()).isEqualTo(startOf(today.plusMonths(6).minusDays(30)));
        managementService.executeJob(planning.getId());
        assertThat(driver.openTasks(reference, RelocationProcesses.TASK_CHECK_IN_ABROAD)).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(relocation.getId()).timers().count())
                .as("no check-ins once the return is being assessed").isZero();
        driver.complete(reference, RelocationProcesses.TASK_ASSESS_RETURN_RISK, "officer.alpha",
                Map.of("returnDecision", "RETURN", "sensitive_returnRiskNotes", "Charges dropped, threats have stopped"));
        driver.complete(reference, RelocationProcesses.TASK_PLAN_RETURN, "officer.alpha",
                Map.of("securityOnArrival", "YES", "contactOnArrival", "YES", "reprisalRiskBriefed", "YES",
                        "sensitive_returnPlanNotes", "Met at the airport by the liaison officer"));
        driver.complete(reference, RelocationProcesses.TASK_RECORD_RETURN, "officer.alpha",
                Map.of("returnedOn", today.plusMonths(6).toString()));

        assertThat(relocation).hasPassedInOrder(RelocationProcesses.TASK_ASSESS_ELIGIBILITY, RelocationProcesses.TASK_ARRANGE_VISA,
                RelocationProcesses.TASK_PLAN_MOVE_SECURITY, RelocationProcesses.TASK_RECORD_DEPARTURE,
                RelocationProcesses.TASK_ASSESS_RETURN_RISK, RelocationProcesses.TASK_PLAN_RETURN, RelocationProcesses.TASK_RECORD_RETURN,
                RelocationProcesses.END_RETURNED).isEnded();
        assertThat(relocation).hasPassed(RelocationProcesses.TASK_CHECK_IN_ABROAD, RelocationProcesses.END_CHECKED_IN);
        assertThat(row(reference)).containsEntry("status", "RETURNED").containsEntry("returned_on", Date.valueOf(today.plusMonths(6)))
                .containsEntry("departed_on", Date.valueOf(today));
        assertThat(driver.recordNotes(reference, RelocationProcesses.TASK_CHECK_IN_ABROAD))
                .containsEntry("checkInNotes", "Settled in, child at school");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(relocation.getId())
                .variableNameLike("sensitive_%").count()).as("free text stays out of the engine").isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(relocation.getId()).formFields().count()).isZero();

        driver.reportAndFeedBack(reference);
        HistoricProcessInstance action = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).processDefinitionKey(ActionProcesses.CASE_ACTION).singleResult();
        assertThat(action.getEndActivityId()).isEqualTo(ActionProcesses.END_ACTION_COMPLETED);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(action.getId())
                .activityId(RelocationProcesses.CALL_TEMPORARY_RELOCATION).count()).isOne();
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("action_type", ACTION).containsEntry("state", "COMPLETED")
                .containsEntry("outcome", RelocationProcesses.OUTCOME_RETURNED));
    }

    @Test
    void anExtensionReTimesTheReturnPlanningAndTheHeadOfMissionMayChooseLongerTermProtection() {
        String reference = relocationCase();
        ProcessInstance relocation = relocationInstance(reference);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        abroad(reference, today, 6);
        managementService.executeJob(timer(relocation, RelocationProcesses.TIMER_RETURN_PLANNING_DUE).getId());

        driver.complete(reference, RelocationProcesses.TASK_ASSESS_RETURN_RISK, "officer.alpha",
                Map.of("returnDecision", "EXTEND", "extendByMonths", 3));

        assertThat(relocation).isWaitingAt(RelocationProcesses.TIMER_RETURN_PLANNING_DUE);
        assertThat(timer(relocation, RelocationProcesses.TIMER_RETURN_PLANNING_DUE).getDuedate())
                .as("the server's new date").isEqualTo(startOf(today.plusMonths(9).minusDays(30)));
        assertThat(row(reference)).containsEntry("status", "ABROAD").containsEntry("duration_months", 9)
                .containsEntry("stay_ends_on", Date.valueOf(today.plusMonths(9)));
        assertThat(runtimeService.getVariable(relocation.getId(), RelocationProcesses.STAY_ENDS_ON))
                .isEqualTo(today.plusMonths(9).toString());

        managementService.executeJob(timer(relocation, RelocationProcesses.TIMER_RETURN_PLANNING_DUE).getId());
        driver.complete(reference, RelocationProcesses.TASK_ASSESS_RETURN_RISK, "officer.alpha",
                Map.of("returnDecision", "NOT_SAFE_TO_RETURN", "sensitive_returnRiskNotes", "Arrest warrant issued"));
        assertThat(relocation).isWaitingAt(RelocationProcesses.TASK_DECIDE_LONGER_TERM_PROTECTION);
        assertThat(relocation).task().hasCandidateGroup("senior-officials");
        driver.complete(reference, RelocationProcesses.TASK_DECIDE_LONGER_TERM_PROTECTION, "ambassador.alpha",
                Map.of("longerTermProtection", "EXTEND_AGAIN", "extendByMonths", 2));
        assertThat(timer(relocation, RelocationProcesses.TIMER_RETURN_PLANNING_DUE).getDuedate())
                .isEqualTo(startOf(today.plusMonths(11).minusDays(30)));

        managementService.executeJob(timer(relocation, RelocationProcesses.TIMER_RETURN_PLANNING_DUE).getId());
        driver.complete(reference, RelocationProcesses.TASK_ASSESS_RETURN_RISK, "officer.alpha",
                Map.of("returnDecision", "NOT_SAFE_TO_RETURN"));
        driver.complete(reference, RelocationProcesses.TASK_DECIDE_LONGER_TERM_PROTECTION, "ambassador.alpha",
                Map.of("longerTermProtection", "ASYLUM_SUPPORT", "sensitive_protectionNotes", "Asylum lawyer found by the host city"));

        assertThat(relocation).hasPassed(RelocationProcesses.END_LONGER_TERM_PROTECTION).isEnded();
        assertThat(relocation).hasNotPassed(RelocationProcesses.TASK_PLAN_RETURN);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(relocation.getId())
                .activityId(RelocationProcesses.TASK_ASSESS_RETURN_RISK).count()).isEqualTo(3);
        assertThat(row(reference)).containsEntry("status", "LONGER_TERM_PROTECTION").containsEntry("duration_months", 11);
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("outcome", RelocationProcesses.OUTCOME_LONGER_TERM_PROTECTION));
    }

    @Test
    void theClocksAbroadAreTheDesignersTableAndARedeployedTableAppliesToTheNextDeparture() throws Exception {
        withDesignerChange("Cadences.dmn", "<outputEntry id=\"Out_RelocationReturnPlanning\"><text>30</text></outputEntry>",
                "<outputEntry id=\"Out_RelocationReturnPlanning\"><text>45</text></outputEntry>", cadences::forget, () -> {
            String reference = relocationCase();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            abroad(reference, today, 6);
            assertThat(timer(relocationInstance(reference), RelocationProcesses.TIMER_RETURN_PLANNING_DUE).getDuedate())
                    .isEqualTo(startOf(today.plusMonths(6).minusDays(45)));
        });
    }

    @Test
    void aRelocationStoppedBeforeTheDepartureIsNotRelocatedAndOneAbroadStaysAbroad() {
        String reference = relocationCase();
        driver.complete(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY, "officer.alpha",
                eligibility("ELIGIBLE", "SHELTER_CITY", 6, 0, null));

        HttpResponse<String> stopped = http.postJson("/api/cases/" + reference + "/actions/stops", "officer.alpha",
                "{\"actionType\": \"TEMPORARY_RELOCATION\"}");

        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
        assertThat(relocationInstance(reference)).isNull();
        assertThat(row(reference)).containsEntry("status", "NOT_RELOCATED");
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("state", "STOPPED").containsEntry("outcome", ActionProcesses.OUTCOME_STOPPED_BY_OFFICER));

        String abroad = relocationCase();
        abroad(abroad, LocalDate.now(ZoneOffset.UTC), 6);
        assertThat(http.postJson("/api/cases/" + abroad + "/actions/stops", "officer.alpha",
                "{\"actionType\": \"TEMPORARY_RELOCATION\"}").statusCode()).isEqualTo(200);
        assertThat(relocationInstance(abroad)).isNull();
        assertThat(row(abroad)).containsEntry("status", "ABROAD");
    }

    @Test
    void aDefenderNotEligibleEndsTheRelocation() {
        String reference = relocationCase();
        ProcessInstance relocation = relocationInstance(reference);

        driver.complete(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY, "officer.alpha",
                eligibility("NOT_ELIGIBLE", "EU_TEMPORARY_RELOCATION_PLATFORM", 3, 0, "Protection possible in the country"));

        assertThat(relocation).hasPassed(RelocationProcesses.END_NOT_ELIGIBLE).isEnded();
        assertThat(relocation).hasNotPassed(RelocationProcesses.TASK_ARRANGE_VISA);
        assertThat(row(reference)).containsEntry("status", "NOT_RELOCATED");
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("state", "COMPLETED").containsEntry("outcome", RelocationProcesses.OUTCOME_NOT_ELIGIBLE));
    }

    @Test
    void aRefusedVisaGoesToTheHeadOfMissionWhoTriesAnotherProgrammeThenGivesUp() {
        String reference = relocationCase();
        ProcessInstance relocation = relocationInstance(reference);
        driver.complete(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY, "officer.alpha",
                eligibility("ELIGIBLE", "NATIONAL_PROGRAMME", 6, 1, null));
        driver.complete(reference, RelocationProcesses.TASK_ARRANGE_VISA, "officer.alpha",
                Map.of("visaOutcome", "REFUSED", "visaDecidedOn", "2026-11-25"));

        assertThat(relocation).isWaitingAt(RelocationProcesses.TASK_DECIDE_REFUSED_VISA);
        assertThat(relocation).task().hasCandidateGroup("senior-officials");
        assertThat(row(reference)).containsEntry("visa_outcome", "REFUSED").containsEntry("status", "PLANNED");
        driver.complete(reference, RelocationProcesses.TASK_DECIDE_REFUSED_VISA, "ambassador.alpha",
                Map.of("refusedVisaNextStep", "TRY_OTHER_PROGRAMME", "sensitive_refusedVisaNotes", "Ask the EU platform"));

        assertThat(relocation).isWaitingAt(RelocationProcesses.TASK_ASSESS_ELIGIBILITY);
        driver.complete(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY, "officer.alpha",
                eligibility("ELIGIBLE", "EU_TEMPORARY_RELOCATION_PLATFORM", 4, 1, null));
        assertThat(row(reference)).as("one row per action, with the new programme").containsEntry("programme",
                "EU_TEMPORARY_RELOCATION_PLATFORM").containsEntry("duration_months", 4).containsEntry("visa_outcome", null);
        driver.complete(reference, RelocationProcesses.TASK_ARRANGE_VISA, "officer.alpha",
                Map.of("visaOutcome", "REFUSED", "visaDecidedOn", "2026-12-02"));
        driver.complete(reference, RelocationProcesses.TASK_DECIDE_REFUSED_VISA, "ambassador.alpha",
                Map.of("refusedVisaNextStep", "NO_RELOCATION"));

        assertThat(relocation).hasPassed(RelocationProcesses.END_VISA_REFUSED).isEnded();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(relocation.getId())
                .activityId(RelocationProcesses.TASK_ASSESS_ELIGIBILITY).count()).isEqualTo(2);
        assertThat(row(reference)).containsEntry("status", "NOT_RELOCATED").containsEntry("visa_outcome", "REFUSED");
        driver.reportAndFeedBack(reference);
        assertThat(driver.actions(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("outcome", RelocationProcesses.OUTCOME_VISA_REFUSED));
    }

    @Test
    void anEligibleRelocationStandsOnlyWithConsentBeforePartnerMissions() {
        // Consent to a relocation only before the host state: the host programme and its partners may not learn of the defender.
        String reference = driver.caseWithActions(CaseDriver.consentBefore(List.of("HOST_STATE"), ACTION), ACTION).getBusinessKey();

        HttpResponse<String> refused = driver.submitForm(driver.task(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY).getId(),
                "officer.alpha", eligibility("ELIGIBLE", "SHELTER_CITY", 6, 0, null));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("consent", "partner missions");
        assertThat(driver.openTasks(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY)).isOne();
        assertThat(driver.openTasks(reference, RelocationProcesses.TASK_ARRANGE_VISA)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.relocation r JOIN casework.case_file c ON c.id = r.case_id "
                + "WHERE c.reference = ?", Long.class, reference)).isZero();
    }

    @Test
    void answersTheProcessDoesNotKnowAreRefusedNamingTheFieldAndTheTaskStaysOpen() {
        String reference = relocationCase();
        String assess = driver.task(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY).getId();
        assertRefused(assess, "officer.alpha", eligibility("MAYBE", "SHELTER_CITY", 6, 0, null), RelocationProcesses.RELOCATION_ELIGIBILITY);
        assertRefused(assess, "officer.alpha", eligibility("ELIGIBLE", "THE_MOON", 6, 0, null), RelocationProcesses.HOST_PROGRAMME);
        assertRefused(assess, "officer.alpha", eligibility("ELIGIBLE", "SHELTER_CITY", 0, 0, null), RelocationProcesses.DURATION_MONTHS);
        assertRefused(assess, "officer.alpha", eligibility("ELIGIBLE", "SHELTER_CITY", 6, -1, null), RelocationProcesses.FAMILY_MEMBERS);
        // The routing value is the server's: a form cannot set it.
        Map<String, Object> routed = new HashMap<>(eligibility("ELIGIBLE", "SHELTER_CITY", 6, 0, null));
        routed.put(RelocationProcesses.RELOCATION_NEXT_STEP, "NOT_ELIGIBLE");
        assertThat(driver.submitForm(assess, "officer.alpha", routed).statusCode()).isEqualTo(400);
        assertThat(driver.openTasks(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY)).isOne();

        driver.complete(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY, "officer.alpha",
                eligibility("ELIGIBLE", "PROTECT_DEFENDERS_EU", 6, 0, null));
        String visa = driver.task(reference, RelocationProcesses.TASK_ARRANGE_VISA).getId();
        assertRefused(visa, "officer.alpha", Map.of("visaOutcome", "PENDING", "visaDecidedOn", "2026-11-25"), RelocationProcesses.VISA_OUTCOME);
        driver.complete(reference, RelocationProcesses.TASK_ARRANGE_VISA, "officer.alpha",
                Map.of("visaOutcome", "REFUSED", "visaDecidedOn", "2026-11-25"));
        assertRefused(driver.task(reference, RelocationProcesses.TASK_DECIDE_REFUSED_VISA).getId(), "ambassador.alpha",
                Map.of("refusedVisaNextStep", "BRIBE_THE_CONSUL"), RelocationProcesses.REFUSED_VISA_NEXT_STEP);
        driver.complete(reference, RelocationProcesses.TASK_DECIDE_REFUSED_VISA, "ambassador.alpha",
                Map.of("refusedVisaNextStep", "TRY_OTHER_PROGRAMME"));
        driver.complete(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY, "officer.alpha",
                eligibility("ELIGIBLE", "OTHER", 6, 0, null));
        driver.complete(reference, RelocationProcesses.TASK_ARRANGE_VISA, "officer.alpha",
                Map.of("visaOutcome", "ISSUED", "visaDecidedOn", "2026-11-25"));
        Map<String, Object> unanswered = new HashMap<>(moveSecurity());
        unanswered.put("routeAgreed", "PERHAPS");
        assertRefused(driver.task(reference, RelocationProcesses.TASK_PLAN_MOVE_SECURITY).getId(), "officer.alpha", unanswered,
                RelocationProcesses.ROUTE_AGREED);
        driver.complete(reference, RelocationProcesses.TASK_PLAN_MOVE_SECURITY, "officer.alpha", moveSecurity());
        assertRefused(driver.task(reference, RelocationProcesses.TASK_RECORD_DEPARTURE).getId(), "officer.alpha",
                Map.of("departedOn", "soon"), RelocationProcesses.DEPARTED_ON);
        driver.complete(reference, RelocationProcesses.TASK_RECORD_DEPARTURE, "officer.alpha",
                Map.of("departedOn", LocalDate.now(ZoneOffset.UTC).toString()));
        ProcessInstance relocation = relocationInstance(reference);
        managementService.executeJob(timer(relocation, RelocationProcesses.TIMER_CHECK_IN_DUE).getId());
        assertRefused(driver.task(reference, RelocationProcesses.TASK_CHECK_IN_ABROAD).getId(), "officer.alpha",
                Map.of("checkedInOn", "2026-12-01", "wellbeing", "SO_SO"), RelocationProcesses.WELLBEING);
        managementService.executeJob(timer(relocation, RelocationProcesses.TIMER_RETURN_PLANNING_DUE).getId());
        String risk = driver.task(reference, RelocationProcesses.TASK_ASSESS_RETURN_RISK).getId();
        assertRefused(risk, "officer.alpha", Map.of("returnDecision", "WAIT_AND_SEE"), RelocationProcesses.RETURN_DECISION);
        assertRefused(risk, "officer.alpha", Map.of("returnDecision", "EXTEND", "extendByMonths", 60), RelocationProcesses.EXTEND_BY_MONTHS);
        driver.complete(reference, RelocationProcesses.TASK_ASSESS_RETURN_RISK, "officer.alpha", Map.of("returnDecision", "NOT_SAFE_TO_RETURN"));
        assertRefused(driver.task(reference, RelocationProcesses.TASK_DECIDE_LONGER_TERM_PROTECTION).getId(), "ambassador.alpha",
                Map.of("longerTermProtection", "FORGET_IT"), RelocationProcesses.LONGER_TERM_PROTECTION);
        driver.complete(reference, RelocationProcesses.TASK_DECIDE_LONGER_TERM_PROTECTION, "ambassador.alpha",
                Map.of("longerTermProtection", "EXTEND_AGAIN", "extendByMonths", 1));
        managementService.executeJob(timer(relocation, RelocationProcesses.TIMER_RETURN_PLANNING_DUE).getId());
        driver.complete(reference, RelocationProcesses.TASK_ASSESS_RETURN_RISK, "officer.alpha", Map.of("returnDecision", "RETURN"));
        assertRefused(driver.task(reference, RelocationProcesses.TASK_PLAN_RETURN).getId(), "officer.alpha",
                Map.of("securityOnArrival", "YES", "contactOnArrival", "YES", "reprisalRiskBriefed", "LATER"),
                RelocationProcesses.REPRISAL_RISK_BRIEFED);
        driver.complete(reference, RelocationProcesses.TASK_PLAN_RETURN, "officer.alpha",
                Map.of("securityOnArrival", "YES", "contactOnArrival", "NO", "reprisalRiskBriefed", "YES"));
        assertRefused(driver.task(reference, RelocationProcesses.TASK_RECORD_RETURN).getId(), "officer.alpha",
                Map.of("returnedOn", "yesterday"), RelocationProcesses.RETURNED_ON);
        assertThat(driver.openTasks(reference, RelocationProcesses.TASK_RECORD_RETURN)).isOne();
    }

    @Test
    void aRelocationIsSeenOnlyByItsOwnMission() throws Exception {
        String reference = relocationCase();
        assertThat(taskCount("officer.alpha", reference)).as("Alpha's officers see the eligibility task").isPositive();
        assertThat(taskCount("officer.beta", reference)).as("Beta's officers see no task of Alpha's relocation").isZero();
        abroad(reference, LocalDate.now(ZoneOffset.UTC), 6);

        HttpResponse<String> own = http.get("/api/cases/" + reference, "officer.alpha");
        assertThat(own.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode action = new com.fasterxml.jackson.databind.ObjectMapper().readTree(own.body())
                .get("actions").get(0);
        assertThat(action.get("type").asText()).isEqualTo(ACTION);
        assertThat(action.get("relocation").get("status").asText()).isEqualTo("ABROAD");
        assertThat(action.get("relocation").get("programme").asText()).isEqualTo("SHELTER_CITY");
        assertThat(action.get("relocation").get("familyMembers").asInt()).isEqualTo(1);

        HttpResponse<String> other = http.get("/api/cases/" + reference, "officer.beta");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("SHELTER_CITY", "ABROAD");
        UUID caseId = (UUID) driver.caseRow(reference).get("id");
        assertThat(relocations.ofCase("mission-beta", caseId)).as("the table is read per mission").isEmpty();
        assertThat(relocations.ofCase("mission-alpha", caseId)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("ABROAD"));
    }

    // --- helpers ---

    private long taskCount(String user, String reference) throws Exception {
        HttpResponse<String> tasks = http.get("/engine-rest/task?processDefinitionKey=" + RelocationProcesses.TEMPORARY_RELOCATION
                + "&processInstanceBusinessKey=" + reference, user);
        assertThat(tasks.statusCode()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(tasks.body()).size();
    }

    private void assertRefused(String taskId, String user, Map<String, ?> answers, String field) {
        HttpResponse<String> refused = driver.submitForm(taskId, user, answers);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains(field);
    }

    private String relocationCase() {
        return driver.caseWithActions(CaseDriver.consent("QUIET", ACTION), ACTION).getBusinessKey();
    }

    /** Eligible, visa issued, the move planned and the departure on {@code departedOn} for {@code months}. */
    private void abroad(String reference, LocalDate departedOn, int months) {
        driver.complete(reference, RelocationProcesses.TASK_ASSESS_ELIGIBILITY, "officer.alpha",
                eligibility("ELIGIBLE", "SHELTER_CITY", months, 1, null));
        driver.complete(reference, RelocationProcesses.TASK_ARRANGE_VISA, "officer.alpha",
                Map.of("visaOutcome", "ISSUED", "visaDecidedOn", departedOn.toString()));
        driver.complete(reference, RelocationProcesses.TASK_PLAN_MOVE_SECURITY, "officer.alpha", moveSecurity());
        driver.complete(reference, RelocationProcesses.TASK_RECORD_DEPARTURE, "officer.alpha", Map.of("departedOn", departedOn.toString()));
    }

    private static Map<String, Object> eligibility(String eligibility, String programme, int months, int family, String notes) {
        Map<String, Object> answers = new HashMap<>(Map.of("relocationEligibility", eligibility, "hostProgramme", programme,
                "durationMonths", months, "familyMembers", family));
        if (notes != null) {
            answers.put("sensitive_eligibilityNotes", notes);
        }
        return answers;
    }

    private static Map<String, Object> moveSecurity() {
        return Map.of("routeAgreed", "YES", "travelDocuments", "YES", "devicesSecured", "YES", "familyArrangements", "YES",
                "contactPlan", "YES");
    }

    private Map<String, Object> row(String reference) {
        return jdbc.queryForMap("SELECT r.* FROM casework.relocation r JOIN casework.case_file c ON c.id = r.case_id "
                + "WHERE c.reference = ?", reference);
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
    }

    private static java.util.Date startOf(LocalDate day) {
        return java.util.Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The case's running TemporaryRelocation instance (kept by the test to assert on after it ends). */
    private ProcessInstance relocationInstance(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(RelocationProcesses.TEMPORARY_RELOCATION).singleResult();
    }
}
