package org.hrdcasework.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.FormPages;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.SessionClient;
import org.hrdcasework.cases.CaseDriver;
import org.junit.jupiter.api.Test;

/**
 * The hearing calendar (/hearings, /api/hearings): observers are the mission's staff and "Observe
 * the hearing" is theirs; a postponement known before the day re-times the wait with no report;
 * the pseudonymous trial report for partners needs the defender's consent to share with them; no
 * mission sees another's hearings.
 */
class HearingCalendarTests extends ProcessTestSupport {

    @Test
    void theObserverIsOneOfTheMissionsStaffAndTheHearingIsTheirs() {
        String reference = trialCase(CaseDriver.consent("QUIET", "TRIAL_OBSERVATION"));
        driver.complete(reference, ActionProcesses.TASK_RECORD_HEARING, "officer.alpha", Map.of("hearingDate", "2027-01-12"));
        String assign = driver.task(reference, ActionProcesses.TASK_ASSIGN_OBSERVER).getId();

        HttpResponse<String> otherMission = driver.submitForm(assign, "officer.alpha",
                Map.of("observerKind", "OWN_STAFF", "observer", "officer.beta"));
        HttpResponse<String> noPartner = driver.submitForm(assign, "officer.alpha",
                Map.of("observerKind", "LIKE_MINDED_MISSION", "observer", "supervisor.alpha"));

        assertThat(otherMission.statusCode()).isEqualTo(400);
        assertThat(otherMission.body()).contains("observer");
        assertThat(noPartner.statusCode()).isEqualTo(400);
        assertThat(noPartner.body()).contains(ActionProcesses.OBSERVER_PARTNER);
        driver.complete(reference, ActionProcesses.TASK_ASSIGN_OBSERVER, "officer.alpha",
                Map.of("observerKind", "OWN_STAFF", "observer", "supervisor.alpha"));
        hearingDay(reference);

        assertThat(driver.task(reference, ActionProcesses.TASK_OBSERVE_HEARING).getAssignee()).isEqualTo("supervisor.alpha");
        assertThat(hearingRows(reference)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("status", "SCHEDULED").containsEntry("observer", "supervisor.alpha"));
    }

    @Test
    void aPostponementKnownBeforeTheDayRetimesTheWaitWithoutAReport() {
        String reference = trialCase(CaseDriver.consent("QUIET", "TRIAL_OBSERVATION"));
        ProcessInstance trial = driver.trialObservation(reference);
        recordAndAssign(reference, "2027-01-12");
        String hearing = calendarIdOf(reference, "officer.alpha");

        HttpResponse<String> tooEarly = http.postJson("/api/hearings/" + hearing + "/postponement", "officer.alpha",
                "{\"postponedTo\":\"2027-01-05\"}");
        HttpResponse<String> otherMission = http.postJson("/api/hearings/" + hearing + "/postponement", "officer.beta",
                "{\"postponedTo\":\"2027-02-09\"}");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(tooEarly.body()).contains("postponedTo");
        assertThat(otherMission.statusCode()).isEqualTo(404);

        HttpResponse<String> postponed = http.postJson("/api/hearings/" + hearing + "/postponement", "officer.alpha",
                "{\"postponedTo\":\"2027-02-09\"}");

        assertThat(postponed.statusCode()).as(postponed.body()).isEqualTo(200);
        assertThat(postponed.body()).contains("\"hearingOn\":\"2027-02-09\"", "\"status\":\"SCHEDULED\"", "\"observer\":\"officer.alpha\"");
        Job timer = driver.hearingDayTimer(reference);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(LocalDate.of(2027, 2, 9).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(trial).hasPassed(ActionProcesses.EVENT_POSTPONED_BEFORE_THE_DAY);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_OBSERVE_HEARING)).isZero();
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_WRITE_TRIAL_REPORT)).as("no report for a hearing not held").isZero();
        assertThat(hearingRows(reference)).extracting(r -> r.get("hearing_on") + " " + r.get("status"))
                .containsExactly("2027-01-12 POSTPONED", "2027-02-09 SCHEDULED");

        // The day comes; postponing the hearing that is now being observed is the observer's to record.
        managementService.executeJob(timer.getId());
        HttpResponse<String> dayCame = http.postJson("/api/hearings/" + calendarIdOf(reference, "officer.alpha") + "/postponement",
                "officer.alpha", "{\"postponedTo\":\"2027-03-09\"}");
        assertThat(dayCame.statusCode()).isEqualTo(409);
        assertThat(dayCame.body()).contains("Observe the hearing");
        assertThat(hearingRows(reference)).extracting(r -> r.get("status")).containsExactly("POSTPONED", "SCHEDULED");
    }

    @Test
    void theCalendarPageListsTheMissionsHearingsAndRecordsAPostponement() {
        String reference = trialCase(CaseDriver.consent("QUIET", "TRIAL_OBSERVATION"));
        recordAndAssign(reference, "2027-01-19");
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        HttpResponse<String> page = officer.get("/hearings");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hearing calendar", reference, "19/01/2027", "officer.alpha");
        assertThat(SessionClient.signedIn(http, "officer.beta").get("/hearings").body()).doesNotContain(reference);
        String id = calendarIdOf(reference, "officer.alpha");

        HttpResponse<String> refused = officer.postForm("/hearings/" + id + "/postponement",
                FormPages.encode("postponedTo", "2027-01-01", "_csrf", SessionClient.hiddenCsrf(page.body())));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary", "postponedTo");

        HttpResponse<String> done = officer.postForm("/hearings/" + id + "/postponement",
                FormPages.encode("postponedTo", "2027-02-16", "_csrf", SessionClient.hiddenCsrf(officer.get("/hearings").body())));
        assertThat(FormPages.redirectedTo(done)).isEqualTo("/hearings");
        assertThat(officer.get("/hearings").body()).contains("The hearing in " + reference + " is now on 16/02/2027.",
                "Postponed to 16/02/2027");
        assertThat(driver.hearingDayTimer(reference).getDuedate().toInstant())
                .isEqualTo(LocalDate.of(2027, 2, 16).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    @Test
    void theTrialReportForPartnersIsPseudonymousAndNeedsConsentToShareWithThem() {
        String reference = trialCase(CaseDriver.consent("QUIET", "TRIAL_OBSERVATION"));
        recordAndAssign(reference, "2027-01-12");
        hearingDay(reference);
        Map<String, Object> answers = new HashMap<>(checklist());
        answers.put("publicHearing", "NO");
        answers.put("sensitive_observationNotes", "The judge told the family of Canary Person to leave");
        driver.complete(reference, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha", answers);
        String id = jdbc.queryForObject("SELECT h.id::text FROM casework.trial_hearing h JOIN casework.case_file c ON c.id = h.case_id"
                + " WHERE c.reference = ?", String.class, reference);

        HttpResponse<String> report = http.get("/api/hearings/" + id + "/trial-report", "officer.alpha");

        assertThat(report.statusCode()).isEqualTo(200);
        String codeName = jdbc.queryForObject("SELECT d.code_name FROM casework.defender d JOIN casework.case_file c"
                + " ON c.defender_id = d.id WHERE c.reference = ?", String.class, reference);
        assertThat(report.body()).contains(codeName, "Public hearing", "2027-01-12", "Held")
                .doesNotContain("Canary", "Court", reference);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE event_type = 'DOCUMENT_GENERATED'"
                + " AND case_reference = ?", Long.class, reference)).isOne();
        assertThat(http.get("/api/hearings/" + id + "/trial-report", "officer.beta").statusCode()).isEqualTo(404);

        String hostStateOnly = trialCase(CaseDriver.consentBefore(List.of("HOST_STATE"), "TRIAL_OBSERVATION"));
        recordAndAssign(hostStateOnly, "2027-01-14");
        HttpResponse<String> noConsent = http.get("/api/hearings/" + calendarIdOf(hostStateOnly, "officer.alpha") + "/trial-report",
                "officer.alpha");
        assertThat(noConsent.statusCode()).isEqualTo(409);
        assertThat(noConsent.body()).contains("consent");
    }

    private String trialCase(Map<String, Object> consent) {
        return driver.caseWithActions(consent, "TRIAL_OBSERVATION").getBusinessKey();
    }

    private void recordAndAssign(String reference, String date) {
        driver.complete(reference, ActionProcesses.TASK_RECORD_HEARING, "officer.alpha", Map.of("hearingDate", date));
        driver.complete(reference, ActionProcesses.TASK_ASSIGN_OBSERVER, "officer.alpha",
                Map.of("observerKind", "OWN_STAFF", "observer", "officer.alpha"));
    }

    /** The id of the case's hearing still to come, as the calendar of {@code user} lists it. */
    private String calendarIdOf(String reference, String user) {
        HttpResponse<String> calendar = http.get("/api/hearings", user);
        assertThat(calendar.statusCode()).isEqualTo(200);
        return jdbc.queryForObject("SELECT h.id::text FROM casework.trial_hearing h JOIN casework.case_file c ON c.id = h.case_id"
                + " WHERE c.reference = ? AND h.status = 'SCHEDULED'", String.class, reference);
    }

    private List<Map<String, Object>> hearingRows(String reference) {
        return jdbc.queryForList("SELECT h.hearing_on::text AS hearing_on, h.status, h.observer FROM casework.trial_hearing h"
                + " JOIN casework.case_file c ON c.id = h.case_id WHERE c.reference = ? ORDER BY h.hearing_on", reference);
    }

    private void hearingDay(String reference) {
        managementService.executeJob(driver.hearingDayTimer(reference).getId());
    }

    private static Map<String, Object> checklist() {
        return Map.of("hearingHeld", "HELD", "publicHearing", "YES", "independentTribunal", "YES",
                "accessToCounsel", "YES", "presumptionOfInnocence", "YES", "interpreterProvided", "NOT_NEEDED",
                "adequateTimeForDefence", "YES", "defendantPresent", "YES", "illTreatmentAlleged", "NO");
    }
}
