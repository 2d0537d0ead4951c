package org.hrdcasework.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.junit.jupiter.api.Test;

/** processes/TrialObservation.bpmn: hearing, observer, checklist, report; further hearings loop back. */
class TrialObservationProcessTests extends ProcessTestSupport {

    @Test
    void theObserverIsDueFiveWorkingDaysBeforeTheHearingAndTheReportFiveAfter() {
        String reference = trialCase();
        // Thursday 10 December 2026: 5 working days before is Thursday 3 December, after is Thursday 17 December.
        driver.complete(reference, ActionProcesses.TASK_RECORD_HEARING, "officer.alpha",
                Map.of("hearingDate", "2026-12-10", "sensitive_court", "Criminal Court No. 2, capital"));

        assertThat(driver.task(reference, ActionProcesses.TASK_ASSIGN_OBSERVER).getDueDate().toInstant())
                .isEqualTo(LocalDate.of(2026, 12, 3).atStartOfDay().toInstant(ZoneOffset.UTC));
        driver.complete(reference, ActionProcesses.TASK_ASSIGN_OBSERVER, "officer.alpha",
                Map.of("observerKind", "LIKE_MINDED_MISSION", "sensitive_observerName", "Second secretary, partner embassy"));
        driver.complete(reference, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha", Map.of("hearingHeld", "HELD",
                "publicAccessGranted", false, "observersAdmitted", true, "defenceAccessToFile", false,
                "defendantPresent", true, "illTreatmentAlleged", true));
        assertThat(driver.task(reference, ActionProcesses.TASK_WRITE_TRIAL_REPORT).getDueDate().toInstant())
                .isEqualTo(LocalDate.of(2026, 12, 17).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    @Test
    void aFurtherHearingLoopsBackUntilTheTrialEnds() {
        String reference = trialCase();
        ProcessInstance trial = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ActionProcesses.TRIAL_OBSERVATION).singleResult();

        observeHearing(reference, "2026-12-10", "YES");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_RECORD_HEARING)).isOne();
        observeHearing(reference, "2027-01-14", "NO");

        assertThat(trial).hasPassed(ActionProcesses.END_TRIAL_OBSERVATION_COMPLETED).isEnded();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(trial.getId())
                .activityId(ActionProcesses.TASK_OBSERVE_HEARING).count()).isEqualTo(2);
        assertThat(driver.recordNotes(reference, ActionProcesses.TASK_WRITE_TRIAL_REPORT)).containsKey("trialReport");
    }

    private String trialCase() {
        return driver.caseWithActions(CaseDriver.consent("QUIET", "TRIAL_OBSERVATION"), "TRIAL_OBSERVATION").getBusinessKey();
    }

    private void observeHearing(String reference, String date, String furtherHearing) {
        driver.complete(reference, ActionProcesses.TASK_RECORD_HEARING, "officer.alpha", Map.of("hearingDate", date, "sensitive_court", "Court"));
        driver.complete(reference, ActionProcesses.TASK_ASSIGN_OBSERVER, "officer.alpha",
                Map.of("observerKind", "OWN_STAFF", "sensitive_observerName", "Human rights officer"));
        driver.complete(reference, ActionProcesses.TASK_OBSERVE_HEARING, "officer.alpha", Map.of("hearingHeld", "HELD"));
        Map<String, Object> report = new java.util.HashMap<>(Map.of("sensitive_trialReport", "Hearing adjourned; defence denied file access",
                "furtherHearing", furtherHearing));
        if ("YES".equals(furtherHearing)) {
            report.put("nextHearingDate", "2027-01-14");
        }
        driver.complete(reference, ActionProcesses.TASK_WRITE_TRIAL_REPORT, "officer.alpha", report);
    }
}
