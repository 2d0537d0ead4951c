package org.hrdcasework.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/CaseAction.bpmn: each one-task action, then report to headquarters and feedback to the defender (the
 * custody visit, a process of its own, in CustodyVisitProcessTests).
 */
class CaseActionProcessTests extends ProcessTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "COORDINATION      | Task_CoordinateWithLikeMindedMissions | sensitive_partnerMissions=EU delegation;coordinationForm=INFORMATION_SHARING",
            "EMERGENCY_SUPPORT | Task_ReferEmergencySupport            | programme=FLD_PROTECTION_GRANT;purpose=LEGAL_FEES;amountRequested=2500",
            "DIGITAL_SECURITY  | Task_ReferDigitalSecurity             | digitalSecurityProvider=ACCESS_NOW_HELPLINE;referredOn=2026-11-22",
    })
    void eachActionEndsWithAReportToHeadquartersAndFeedbackToTheDefender(String actionType, String taskKey, String answers) {
        String reference = driver.caseWithActions(CaseDriver.consent("QUIET", actionType), actionType).getBusinessKey();

        driver.completeSimpleAction(reference, taskKey, parse(answers));

        HistoricProcessInstance action = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).processDefinitionKey(ActionProcesses.CASE_ACTION).singleResult();
        assertThat(action.getEndActivityId()).isEqualTo(ActionProcesses.END_ACTION_COMPLETED);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(action.getId())
                .orderPartiallyByOccurrence().asc().list())
                .extracting(a -> a.getActivityId())
                .containsSubsequence(ActionProcesses.TASK_START_ACTION, taskKey, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS,
                        ActionProcesses.TASK_GIVE_FEEDBACK, ActionProcesses.TASK_COMPLETE_ACTION);
        assertThat(driver.actions(reference)).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("action_type", actionType).containsEntry("state", "COMPLETED"));
        assertThat(driver.recordNotes(reference, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS))
                .containsEntry("headquartersReport", "Action carried out as planned");
    }

    @org.junit.jupiter.api.Test
    void anEmergencySupportReferralOpensTheTrackedApplicationOrIsRefusedWhole() {
        String reference = driver.caseWithActions(CaseDriver.consent("QUIET", "EMERGENCY_SUPPORT"), "EMERGENCY_SUPPORT").getBusinessKey();

        // A visa scheme covers no legal fees: refused, naming the field; the task stays open and nothing is opened.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete(reference, ActionProcesses.TASK_REFER_EMERGENCY_SUPPORT,
                "officer.alpha", Map.of("programme", "NATIONAL_HUMANITARIAN_VISA", "purpose", "LEGAL_FEES")))
                .isInstanceOf(org.hrdcasework.system.web.InvalidInputException.class).hasMessageContaining("purpose");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_REFER_EMERGENCY_SUPPORT)).isOne();
        assertThat(applications(reference)).isEmpty();

        driver.complete(reference, ActionProcesses.TASK_REFER_EMERGENCY_SUPPORT, "officer.alpha",
                Map.of("programme", "EU_TEMPORARY_RELOCATION", "purpose", "RELOCATION", "amountRequested", 8000));

        assertThat(applications(reference)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("programme_code", "EU_TEMPORARY_RELOCATION").containsEntry("purpose", "RELOCATION")
                .containsEntry("currency", "EUR").containsEntry("status", "PREPARED"));
        String application = (String) applications(reference).get(0).get("reference");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(application)
                .processDefinitionKey("SupportApplication").count()).isOne();
        assertThat(http.get("/api/cases/" + reference + "/support-applications", "officer.alpha").body()).contains(application);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS)).isOne();
    }

    private java.util.List<Map<String, Object>> applications(String reference) {
        return jdbc.queryForList("SELECT a.reference, a.programme_code, a.purpose, a.currency, a.status FROM casework.support_application a "
                + "JOIN casework.case_file c ON c.id = a.case_id WHERE c.reference = ?", reference);
    }

    private static Map<String, Object> parse(String answers) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (String pair : answers.split(";")) {
            String[] kv = pair.split("=", 2);
            String value = kv[1].trim();
            // A number field submits a number, as Tasklist's form does.
            values.put(kv[0].trim(), value.matches("\\d+") ? (Object) Long.valueOf(value) : value);
        }
        return values;
    }
}
