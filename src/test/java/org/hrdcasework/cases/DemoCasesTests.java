package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hrdcasework.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo profile's sample cases: filed and worked to the stages the demo shows. */
class DemoCasesTests extends ProcessTestSupport {

    @Autowired
    DemoCases demoCases;

    @Test
    void sampleCasesStandAtTheirStagesWithTheirConsents() {
        List<String> references = demoCases.seed("mission-beta");

        assertThat(references).hasSize(6).allMatch(reference -> reference.startsWith("BETA-"));
        assertThat(references.stream().map(reference -> driver.caseRow(reference).get("stage")))
                .containsExactly("ACTIONS", "ACTIONS", "RISK_ASSESSMENT", "VERIFICATION", "CLOSED", "ACTIONS");
        assertThat(driver.caseRow(references.get(0))).containsEntry("urgency_tier", 1);
        assertThat(driver.caseRow(references.get(4))).containsEntry("closure_reason", "NOT_LINKED_TO_HUMAN_RIGHTS_WORK");
        String given = "SELECT c.action_type || ' ' || c.audience FROM casework.consent c JOIN casework.case_file f ON f.id = c.case_id "
                + "WHERE f.reference = ? AND c.decision = 'GIVEN' ORDER BY 1";
        assertThat(jdbc.queryForList(given, String.class, references.get(0))).hasSize(12)
                .contains("DEMARCHE HOST_STATE", "PUBLIC_STATEMENT PUBLIC", "TEMPORARY_RELOCATION PARTNER_MISSIONS");
        // Death threats: a temporary relocation waits for its eligibility assessment.
        assertThat(driver.openTasks(references.get(0), org.hrdcasework.actions.RelocationProcesses.TASK_ASSESS_ELIGIBILITY)).isOne();
        assertThat(jdbc.queryForList(given, String.class, references.get(1)))
                .containsExactly("DEMARCHE HOST_STATE", "TRIAL_OBSERVATION HOST_STATE");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseAction")
                .processInstanceBusinessKey(references.get(1)).count()).isEqualTo(1);
        // The trial's next hearing is on the calendar; its observer is to be assigned in Tasklist.
        assertThat(driver.openTasks(references.get(1), org.hrdcasework.actions.ActionProcesses.TASK_ASSIGN_OBSERVER)).isOne();
        assertThat(jdbc.queryForObject("SELECT h.hearing_on FROM casework.trial_hearing h JOIN casework.case_file c ON c.id = h.case_id"
                + " WHERE c.reference = ?", java.time.LocalDate.class, references.get(1)))
                .isEqualTo(java.time.LocalDate.now().plusDays(DemoCases.DEMO_HEARING_IN_DAYS));
        // A detained defender: the custody visit waits for its request to the authority.
        assertThat(driver.openTasks(references.get(5), org.hrdcasework.actions.ActionProcesses.TASK_REQUEST_CUSTODY_VISIT)).isOne();
    }
}
