package org.hrdcasework.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.junit.jupiter.api.Test;

/**
 * processes/TrialObservation.bpmn: hearing, observer, the wait for the hearing day, the fair-trial
 * checklist (a concern and an ill-treatment allegation each open a follow-up), a postponement that
 * re-times the wait without a report, the report, further hearings, the verdict and an appeal.
 */
class TrialObservationProcessTests extends ProcessTestSupport {

    @Test
    void theObserverIsDueFiveWorkingDaysBeforeTheHearingAndTheReportFiveAfter() {
        String partner = partnerOfAlpha();
        String reference = trialCase();
        // Thursday 10 December 2026: 5 working days before is Thursday 3 December, after is Thursday 17 December.
        driver.complete(reference, ActionProcesses.TASK_RECORD_HEARING, "officer.alpha",
                Map.of("hearingDate", "2026-12-10", "sensitive_court", "Criminal Court No. 2, capital"));

        assertThat(driver.task(reference, ActionProcesses.TASK_ASSIGN_OBSERVER).getDueDate().toInstant())
                .isEqualTo(LocalDate.of(2026, 12, 3).atStartOfDay().toInstant(ZoneOffset.UTC));
        driver.complete(reference, ActionProcesses.TASK_ASSIGN_OBSERVER, "officer.alpha",
                Map.of("observerKind", "LIKE_MINDED_MISSION", "observer", "officer.alpha", "observerPartner", partner,
                        "sensitive_observerName", "Second secretary, partner embassy"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.joint_action j JOIN casework.case_file c ON c.id = j.case_id"
                + " WHERE c.reference = ? AND j.kind = 'SHARED_TRIAL_OBSERVATION' AND j.taken_on = DATE '2026-12-10'", Long.class, reference))
                .as("the partner's observer is a joint action of the case").isOne();
        hearingDay(reference, LocalDate.of(2026, 12, 10));
        driver.complete(reference, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha", checklist(Map.of()));
        assertThat(driver.task(reference, ActionProcesses.TASK_WRITE_TRIAL_REPORT).getDueDate().toInstant())
                .isEqualTo(LocalDate.of(2026, 12, 17).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    @Test
    void theObservationWaitsForTheHearingDayWhichNoFormCanSetDirectly() {
        String reference = trialCase();
        HttpResponse<String> timerFromForm = driver.submitForm(driver.task(reference, ActionProcesses.TASK_RECORD_HEARING).getId(),
                "officer.alpha", Map.of("hearingDate", "2026-12-10", "sensitive_court", "Court", "nextHearingOn", "2026-11-01"));
        HttpResponse<String> badDate = driver.submitForm(driver.task(reference, ActionProcesses.TASK_RECORD_HEARING).getId(),
                "officer.alpha", Map.of("sensitive_court", "Court"));
        assertThat(timerFromForm.statusCode()).isEqualTo(400);
        assertThat(timerFromForm.body()).contains(ActionProcesses.NEXT_HEARING_ON);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains(ActionProcesses.HEARING_DATE);

        recordAndAssign(reference, "2026-12-10");

        assertThat(driver.trialObservation(reference)).isWaitingAt(ActionProcesses.GATEWAY_WAIT_FOR_HEARING);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_OBSERVE_HEARING)).isZero();
        assertThat(runtimeService.getVariable(driver.trialObservation(reference).getId(), ActionProcesses.NEXT_HEARING_ON))
                .as("the timer reads the server's copy of the validated date").isInstanceOf(java.util.Date.class);
    }

    @Test
    void aPostponedHearingReTimesWithoutAReport() {
        String reference = trialCase();
        ProcessInstance trial = driver.trialObservation(reference);
        recordAndAssign(reference, "2026-12-10");
        hearingDay(reference, LocalDate.of(2026, 12, 10));

        driver.complete(reference, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha",
                Map.of("hearingHeld", "POSTPONED", "postponedTo", "2027-01-21", "sensitive_observationNotes", "Judge ill; adjourned"));

        assertThat(trial).hasPassed(ActionProcesses.TIMER_HEARING_DAY).isWaitingAt(ActionProcesses.GATEWAY_WAIT_FOR_HEARING);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_WRITE_TRIAL_REPORT)).isZero();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_HEARING)).isZero();
        assertThat(driver.hearingDayTimer(reference).getDuedate().toInstant())
                .isEqualTo(LocalDate.of(2027, 1, 21).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(runtimeService.getVariable(trial.getId(), ActionProcesses.HEARING_HELD)).isEqualTo("POSTPONED");

        hearingDay(reference, LocalDate.of(2027, 1, 21));
        assertThat(driver.task(reference, ActionProcesses.TASK_OBSERVE_HEARING).getDueDate().toInstant())
                .as("the checklist is due the working day after the new date").isEqualTo(LocalDate.of(2027, 1, 22).atStartOfDay().toInstant(ZoneOffset.UTC));
        driver.complete(reference, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha", checklist(Map.of()));
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_WRITE_TRIAL_REPORT)).isOne();
    }

    @Test
    void aPostponementToADateNotAfterTheHearingIsRefused() {
        String reference = trialCase();
        recordAndAssign(reference, "2026-12-10");
        hearingDay(reference, LocalDate.of(2026, 12, 10));

        HttpResponse<String> refused = driver.submitForm(driver.task(reference, ActionProcesses.TASK_OBSERVE_HEARING).getId(),
                "officer.alpha", Map.of("hearingHeld", "POSTPONED", "postponedTo", "2026-12-01"));
        HttpResponse<String> noDate = driver.submitForm(driver.task(reference, ActionProcesses.TASK_OBSERVE_HEARING).getId(),
                "officer.alpha", Map.of("hearingHeld", "POSTPONED"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(ActionProcesses.POSTPONED_TO);
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(noDate.body()).contains(ActionProcesses.POSTPONED_TO);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_OBSERVE_HEARING)).isOne();
    }

    @Test
    void aFairTrialGuaranteeNotRespectedOpensAFollowUpBesideTheReport() {
        String reference = trialCase();
        ProcessInstance trial = driver.trialObservation(reference);
        recordAndAssign(reference, "2026-12-10");
        hearingDay(reference, LocalDate.of(2026, 12, 10));

        driver.complete(reference, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha",
                checklist(Map.of("accessToCounsel", "NO", "sensitive_observationNotes", "Lawyer refused entry to the courtroom")));

        assertThat(runtimeService.getVariable(trial.getId(), ActionProcesses.FAIR_TRIAL_CONCERN)).isEqualTo("YES");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_WRITE_TRIAL_REPORT)).isOne();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RESPOND_TO_ILL_TREATMENT)).isZero();
        assertThat(driver.task(reference, ActionProcesses.TASK_FOLLOW_UP_FAIR_TRIAL_CONCERN)).satisfies(task ->
                assertThat(task).hasCandidateGroup("case-officers"));
        assertThat(runtimeService.getVariable(trial.getId(), "sensitive_observationNotes")).isNull();
        assertThat(driver.recordNotes(reference, ActionProcesses.TASK_OBSERVE_HEARING))
                .containsEntry("observationNotes", "Lawyer refused entry to the courtroom");

        HttpResponse<String> unknown = driver.submitForm(driver.task(reference, ActionProcesses.TASK_FOLLOW_UP_FAIR_TRIAL_CONCERN).getId(),
                "officer.alpha", Map.of("concernFollowUp", "PRESS_RELEASE"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains(ActionProcesses.CONCERN_FOLLOW_UP);

        driver.complete(reference, ActionProcesses.TASK_FOLLOW_UP_FAIR_TRIAL_CONCERN, "officer.alpha",
                Map.of("concernFollowUp", "DEMARCHE_PROPOSED", "sensitive_concernNotes", "Propose a demarche on access to counsel"));
        assertThat(trial).hasPassed(ActionProcesses.END_FAIR_TRIAL_CONCERN_HANDLED).isNotEnded();
        assertThat(driver.recordAnswers(reference, ActionProcesses.TASK_FOLLOW_UP_FAIR_TRIAL_CONCERN))
                .containsEntry("concernFollowUp", "DEMARCHE_PROPOSED");
    }

    @Test
    void anInterpreterMissingWhenNeededIsAConcernAndNotNeededIsNot() {
        String reference = trialCase();
        recordAndAssign(reference, "2026-12-10");
        hearingDay(reference, LocalDate.of(2026, 12, 10));
        driver.complete(reference, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha", checklist(Map.of("interpreterProvided", "NO")));
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_FOLLOW_UP_FAIR_TRIAL_CONCERN)).isOne();

        String other = trialCase();
        recordAndAssign(other, "2026-12-10");
        hearingDay(other, LocalDate.of(2026, 12, 10));
        driver.complete(other, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha", checklist(Map.of("interpreterProvided", "NOT_NEEDED")));
        assertThat(driver.openTasks(other, ActionProcesses.TASK_FOLLOW_UP_FAIR_TRIAL_CONCERN)).isZero();
        assertThat(driver.trialObservation(other)).hasPassed(ActionProcesses.END_FAIR_TRIAL_CONCERN_HANDLED, ActionProcesses.END_ILL_TREATMENT_HANDLED);
    }

    @Test
    void aChecklistAnswerMissingOrUnknownIsRefused() {
        String reference = trialCase();
        recordAndAssign(reference, "2026-12-10");
        hearingDay(reference, LocalDate.of(2026, 12, 10));
        Map<String, Object> missing = checklist(Map.of());
        missing.remove("independentTribunal");

        HttpResponse<String> refused = driver.submitForm(driver.task(reference, ActionProcesses.TASK_OBSERVE_HEARING).getId(),
                "officer.alpha", missing);
        HttpResponse<String> unknown = driver.submitForm(driver.task(reference, ActionProcesses.TASK_OBSERVE_HEARING).getId(),
                "officer.alpha", Map.of("hearingHeld", "CANCELLED"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(ActionProcesses.INDEPENDENT_TRIBUNAL);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains(ActionProcesses.HEARING_HELD);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_OBSERVE_HEARING)).isOne();
    }

    @Test
    void anIllTreatmentAllegationAtAHearingOpensACustodyVisit() {
        String reference = trialCase();
        ProcessInstance trial = driver.trialObservation(reference);
        recordAndAssign(reference, "2026-12-10");
        hearingDay(reference, LocalDate.of(2026, 12, 10));

        driver.complete(reference, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha", checklist(Map.of("illTreatmentAlleged", "YES")));

        assertThat(driver.openTasks(reference, ActionProcesses.TASK_FOLLOW_UP_FAIR_TRIAL_CONCERN))
                .as("every guarantee respected: no fair-trial concern").isZero();
        assertThat(driver.task(reference, ActionProcesses.TASK_RESPOND_TO_ILL_TREATMENT)).satisfies(task ->
                assertThat(task).hasCandidateGroup("case-officers"));
        org.camunda.bpm.engine.task.Task respond = driver.task(reference, ActionProcesses.TASK_RESPOND_TO_ILL_TREATMENT);
        assertThat(java.time.Duration.between(respond.getCreateTime().toInstant(), respond.getDueDate().toInstant()))
                .as("an ill-treatment allegation is answered within a day").isEqualTo(java.time.Duration.ofHours(24));
        HttpResponse<String> refused = driver.submitForm(driver.task(reference, ActionProcesses.TASK_RESPOND_TO_ILL_TREATMENT).getId(),
                "officer.alpha", Map.of("custodyVisitProposed", "MAYBE", "referralProposed", "NONE"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(ActionProcesses.CUSTODY_VISIT_PROPOSED);

        driver.complete(reference, ActionProcesses.TASK_RESPOND_TO_ILL_TREATMENT, "officer.alpha", Map.of("custodyVisitProposed", "YES",
                "referralProposed", "UN_SPECIAL_RAPPORTEUR_ON_TORTURE", "sensitive_illTreatmentNotes", "Bruising described in court"));

        assertThat(trial).hasPassed(ActionProcesses.END_ILL_TREATMENT_HANDLED);
        assertThat(driver.recordAnswers(reference, ActionProcesses.TASK_RESPOND_TO_ILL_TREATMENT))
                .containsEntry("custodyVisitProposed", "YES").containsEntry("referralProposed", "UN_SPECIAL_RAPPORTEUR_ON_TORTURE");
        assertThat(driver.recordNotes(reference, ActionProcesses.TASK_RESPOND_TO_ILL_TREATMENT))
                .containsEntry("illTreatmentNotes", "Bruising described in court");
        assertThat(runtimeService.getVariable(trial.getId(), "sensitive_illTreatmentNotes")).isNull();
        // The custody visit starts on the case at once, beside the trial observation.
        assertThat(driver.actions(reference)).extracting(a -> a.get("action_type") + " " + a.get("state"))
                .containsExactly("CUSTODY_VISIT IN_PROGRESS", "TRIAL_OBSERVATION IN_PROGRESS");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_REQUEST_CUSTODY_VISIT)).isOne();
    }

    @Test
    void aFurtherHearingLoopsBackUntilTheTrialEnds() {
        String reference = trialCase();
        ProcessInstance trial = driver.trialObservation(reference);

        observeHearing(reference, "2026-12-10", "YES");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_HEARING)).isOne();
        observeHearing(reference, "2027-01-14", "NO");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_VERDICT)).isOne();
        driver.complete(reference, ActionProcesses.TASK_RECORD_VERDICT, "officer.alpha", Map.of("verdict", "ACQUITTED"));

        assertThat(trial).hasPassed(ActionProcesses.END_TRIAL_OBSERVATION_COMPLETED).isEnded();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(trial.getId())
                .activityId(ActionProcesses.TASK_OBSERVE_HEARING).count()).isEqualTo(2);
        assertThat(driver.recordNotes(reference, ActionProcesses.TASK_WRITE_TRIAL_REPORT)).containsKey("trialReport");
        assertThat(actionOutcomeAfterReporting(reference)).isEqualTo("VERDICT_ACQUITTED");
    }

    @Test
    void aConvictionRecordsTheSentenceAndAnAppealLoopsBackToTheAppealHearings() {
        String reference = trialCase();
        ProcessInstance trial = driver.trialObservation(reference);
        observeHearing(reference, "2026-12-10", "NO");

        HttpResponse<String> noSentence = driver.submitForm(driver.task(reference, ActionProcesses.TASK_RECORD_VERDICT).getId(),
                "officer.alpha", Map.of("verdict", "CONVICTED", "appealLodged", "YES"));
        HttpResponse<String> badSentence = driver.submitForm(driver.task(reference, ActionProcesses.TASK_RECORD_VERDICT).getId(),
                "officer.alpha", Map.of("verdict", "CONVICTED", "sentenceMonths", 2.5, "appealLodged", "YES"));
        HttpResponse<String> unknown = driver.submitForm(driver.task(reference, ActionProcesses.TASK_RECORD_VERDICT).getId(),
                "officer.alpha", Map.of("verdict", "PARDONED"));
        assertThat(noSentence.statusCode()).isEqualTo(400);
        assertThat(noSentence.body()).contains(ActionProcesses.SENTENCE_MONTHS);
        assertThat(badSentence.statusCode()).isEqualTo(400);
        assertThat(badSentence.body()).contains(ActionProcesses.SENTENCE_MONTHS);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains(ActionProcesses.VERDICT);

        driver.complete(reference, ActionProcesses.TASK_RECORD_VERDICT, "officer.alpha",
                Map.of("verdict", "CONVICTED", "sentenceMonths", 84, "appealLodged", "YES"));
        assertThat(runtimeService.getVariable(trial.getId(), ActionProcesses.SENTENCE_MONTHS)).isEqualTo(84);
        assertThat(runtimeService.getVariable(trial.getId(), ActionProcesses.ACTION_OUTCOME)).isEqualTo("VERDICT_CONVICTED");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_HEARING)).as("the appeal hearings").isOne();

        observeHearing(reference, "2027-03-11", "NO");
        driver.complete(reference, ActionProcesses.TASK_RECORD_VERDICT, "officer.alpha",
                Map.of("verdict", "CONVICTED", "sentenceMonths", 60, "appealLodged", "NO"));

        assertThat(trial).hasPassed(ActionProcesses.END_TRIAL_OBSERVATION_COMPLETED).isEnded();
        assertThat(actionOutcomeAfterReporting(reference)).isEqualTo("VERDICT_CONVICTED");
    }

    @Test
    void droppedChargesEndTheObservationWithThatOutcome() {
        String reference = trialCase();
        ProcessInstance trial = driver.trialObservation(reference);
        observeHearing(reference, "2026-12-10", "NO");
        driver.complete(reference, ActionProcesses.TASK_RECORD_VERDICT, "officer.alpha", Map.of("verdict", "CHARGES_DROPPED"));

        assertThat(trial).hasPassed(ActionProcesses.END_TRIAL_OBSERVATION_COMPLETED).isEnded();
        assertThat(actionOutcomeAfterReporting(reference)).isEqualTo("VERDICT_CHARGES_DROPPED");
    }

    private String trialCase() {
        return driver.caseWithActions(CaseDriver.consent("QUIET", "TRIAL_OBSERVATION"), "TRIAL_OBSERVATION").getBusinessKey();
    }

    /** The hearing day comes: the timer is due at its start and fires. */
    private void hearingDay(String reference, LocalDate day) {
        Job timer = driver.hearingDayTimer(reference);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(day.atStartOfDay().toInstant(ZoneOffset.UTC));
        managementService.executeJob(timer.getId());
    }

    private void recordAndAssign(String reference, String date) {
        driver.complete(reference, ActionProcesses.TASK_RECORD_HEARING, "officer.alpha", Map.of("hearingDate", date, "sensitive_court", "Court"));
        driver.complete(reference, ActionProcesses.TASK_ASSIGN_OBSERVER, "officer.alpha",
                Map.of("observerKind", "OWN_STAFF", "observer", "officer.alpha", "sensitive_observerName", "Human rights officer"));
    }

    /** An active partner mission of mission Alpha (the demo's, or one added for the tests). */
    private String partnerOfAlpha() {
        jdbc.update("INSERT INTO casework.partner_mission (id, mission_id, name, kind, active) VALUES (?, 'mission-alpha',"
                + " 'Embassy of Iceland', 'EMBASSY', true) ON CONFLICT (mission_id, name) DO NOTHING", java.util.UUID.randomUUID());
        return jdbc.queryForObject("SELECT id::text FROM casework.partner_mission WHERE mission_id = 'mission-alpha'"
                + " AND name = 'Embassy of Iceland'", String.class);
    }

    /** A held hearing where every guarantee was respected, with {@code changes} on top. */
    private static Map<String, Object> checklist(Map<String, Object> changes) {
        Map<String, Object> answers = new HashMap<>(Map.of("hearingHeld", "HELD", "publicHearing", "YES", "independentTribunal", "YES",
                "accessToCounsel", "YES", "presumptionOfInnocence", "YES", "interpreterProvided", "NOT_NEEDED",
                "adequateTimeForDefence", "YES", "defendantPresent", "YES", "illTreatmentAlleged", "NO"));
        answers.putAll(changes);
        return answers;
    }

    private void observeHearing(String reference, String date, String furtherHearing) {
        recordAndAssign(reference, date);
        hearingDay(reference, LocalDate.parse(date));
        driver.complete(reference, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha", checklist(Map.of()));
        driver.complete(reference, ActionProcesses.TASK_WRITE_TRIAL_REPORT, "officer.alpha",
                Map.of("sensitive_trialReport", "Hearing adjourned; defence denied file access", "furtherHearing", furtherHearing));
    }

    /** The action's outcome once its report to headquarters and the feedback to the defender are done. */
    private String actionOutcomeAfterReporting(String reference) {
        driver.complete(reference, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS, "officer.alpha",
                Map.of("reportedOn", "2027-04-01", "sensitive_headquartersReport", "Trial observed to its end"));
        driver.complete(reference, ActionProcesses.TASK_GIVE_FEEDBACK, "officer.alpha",
                Map.of("feedbackGivenOn", "2027-04-02", "feedbackChannel", "SECURE_CALL"));
        return (String) driver.actions(reference).get(0).get("outcome");
    }
}
