package org.hrdcasework.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.defenders.DefenderService;
import org.hrdcasework.system.web.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What leaves the mission (reports to headquarters, coordination with partners) uses the code name only. */
class PseudonymousExportTests extends ProcessTestSupport {

    @Test
    void aReportToHeadquartersNamingTheDefenderIsRefusedAndTheTaskStaysOpen() {
        String reference = driver.caseWithActions(CaseDriver.consent("QUIET", "CUSTODY_VISIT"), "CUSTODY_VISIT").getBusinessKey();
        driver.carryOutCustodyVisit(reference);

        assertThatThrownBy(() -> driver.complete(reference, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS, "officer.alpha",
                Map.of("reportedOn", "2026-11-23", "sensitive_headquartersReport", "Visited test person in cell 4")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sensitive_headquartersReport").hasMessageContaining("must not name a defender")
                .hasMessageNotContaining("HRD-").hasMessageNotContaining("test person")
                .hasMessageNotContaining("cell 4");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS)).isOne();

        driver.complete(reference, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS, "officer.alpha",
                Map.of("reportedOn", "2026-11-23", "sensitive_headquartersReport", "Visited HRD in cell 4; access granted"));
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_GIVE_FEEDBACK)).isOne();
    }

    @Test
    void tasklistIsToldNotToNameADefenderWithoutLearningWhoseCodeNameTheGuessIs() throws Exception {
        String reference = driver.caseWithActions(CaseDriver.consent("QUIET", "CUSTODY_VISIT"), "CUSTODY_VISIT").getBusinessKey();
        driver.carryOutCustodyVisit(reference);
        String taskId = driver.task(reference, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS).getId();
        String codeName = jdbc.queryForObject("SELECT d.code_name FROM casework.defender d JOIN casework.case_file c"
                + " ON c.defender_id = d.id WHERE c.reference = ?", String.class, reference);

        // A guessed name, as an insider would probe it through Tasklist's submission.
        var response = http.postJson("/engine-rest/task/" + taskId + "/submit-form", "officer.alpha",
                "{\"variables\":{\"reportedOn\":{\"value\":\"2026-11-23\"},"
                        + "\"sensitive_headquartersReport\":{\"value\":\"Is this Test Person?\"}}}");

        assertThat(response.statusCode()).isEqualTo(400);
        var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        assertThat(body.path("field").asText()).isEqualTo("sensitive_headquartersReport");
        assertThat(body.path("message").asText()).isEqualTo("sensitive_headquartersReport: " + DefenderService.MUST_NOT_NAME);
        assertThat(response.body()).doesNotContain(codeName).doesNotContain("HRD-").doesNotContainIgnoringCase("test person");
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_REPORT_TO_HEADQUARTERS)).isOne();
    }

    @Test
    void notesSharedWithPartnerMissionsMustNotNameTheDefender() {
        String reference = driver.caseWithActions(CaseDriver.consent("QUIET", "COORDINATION"), "COORDINATION").getBusinessKey();
        assertThatThrownBy(() -> driver.complete(reference, ActionProcesses.TASK_COORDINATE, "officer.alpha",
                Map.of("sensitive_partnerMissions", "EU delegation", "coordinationForm", "INFORMATION_SHARING",
                        "sensitive_coordinationNotes", "Shared the file of Test Person")))
                .hasRootCauseInstanceOf(InvalidInputException.class);
        assertThat(driver.openTasks(reference, ActionProcesses.TASK_COORDINATE)).isOne();
    }
}
