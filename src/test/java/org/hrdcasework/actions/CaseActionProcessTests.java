package org.hrdcasework.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/CaseAction.bpmn: each one-task action, then report to headquarters and feedback to the defender. */
class CaseActionProcessTests extends ProcessTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "COORDINATION      | Task_CoordinateWithLikeMindedMissions | sensitive_partnerMissions=EU delegation;coordinationForm=INFORMATION_SHARING",
            "EMERGENCY_SUPPORT | Task_ReferEmergencySupport            | supportType=PROTECTION_GRANT;supportProgramme=PROTECTDEFENDERS_EU",
            "DIGITAL_SECURITY  | Task_ReferDigitalSecurity             | digitalSecurityProvider=ACCESS_NOW_HELPLINE;referredOn=2026-11-22",
            "CUSTODY_VISIT     | Task_VisitInCustody                   | visitedOn=2026-11-22;accessGranted=NO",
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

    private static Map<String, Object> parse(String answers) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (String pair : answers.split(";")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0].trim(), kv[1].trim());
        }
        return values;
    }
}
