package org.hrdcasework.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.Database;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.system.engine.ProcessVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/MonthlyReporting.bpmn: the timer's date, the month reported, once per month, the cycles per mission. */
class MonthlyReportingProcessTests extends ProcessTestSupport {

    @Autowired
    IdentityService identityService;

    @BeforeEach
    void cyclesRunning() {
        // What the application does when it is ready (switched off in the tests, see application-test.yaml).
        assertThat(http.postJson("/api/reports/cycles", "admin", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void theCycleRunsAtSixUtcOnTheFirstOfTheNextMonth() {
        assertThat(MonthlyCycle.nextRun(Instant.parse("2026-11-27T01:10:00Z"))).isEqualTo(Instant.parse("2026-12-01T06:00:00Z"));
        assertThat(MonthlyCycle.nextRun(Instant.parse("2026-12-15T10:00:00Z"))).isEqualTo(Instant.parse("2027-01-01T06:00:00Z"));
        assertThat(MonthlyCycle.nextRun(Instant.parse("2026-12-31T23:59:59Z"))).isEqualTo(Instant.parse("2027-01-01T06:00:00Z"));
        // On the 1st before 06:00 the run of that same day is next; at or after 06:00 the next month's.
        assertThat(MonthlyCycle.nextRun(Instant.parse("2027-01-01T05:59:00Z"))).isEqualTo(Instant.parse("2027-01-01T06:00:00Z"));
        assertThat(MonthlyCycle.nextRun(Instant.parse("2027-01-01T06:00:00Z"))).isEqualTo(Instant.parse("2027-02-01T06:00:00Z"));
        assertThat(MonthlyCycle.nextRun(Instant.parse("2028-02-10T12:00:00Z"))).isEqualTo(Instant.parse("2028-03-01T06:00:00Z"));
    }

    @Test
    void aRunReportsTheCalendarMonthBeforeIt() {
        assertThat(MonthlyCycle.reportedMonth(Instant.parse("2027-01-01T06:00:00Z"))).isEqualTo(YearMonth.of(2026, 12));
        assertThat(MonthlyCycle.reportedMonth(Instant.parse("2026-12-01T06:00:00Z"))).isEqualTo(YearMonth.of(2026, 11));
        assertThat(ReportPeriod.month(YearMonth.of(2026, 12))).isEqualTo(new ReportPeriod(
                java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 31)));
        assertThat(ReportPeriod.month(YearMonth.of(2028, 2)).end()).isEqualTo(java.time.LocalDate.of(2028, 2, 29));
    }

    @Test
    void everyMissionHasOneCycleWaitingForTheNextMonth() {
        for (String mission : List.of("mission-alpha", "mission-beta")) {
            List<ProcessInstance> cycles = runtimeService.createProcessInstanceQuery()
                    .processDefinitionKey(ReportProcesses.MONTHLY_REPORTING)
                    .processInstanceBusinessKey(ReportProcesses.cycleKey(mission)).list();
            assertThat(cycles).as(mission).hasSize(1);
            assertThat(cycles.get(0).getTenantId()).isEqualTo(mission);
            assertThat(cycles.get(0)).isWaitingAt(ReportProcesses.TIMER_NEXT_MONTH);
            assertThat(runtimeService.getVariable(cycles.get(0).getId(), ProcessVariables.DUTY_REFERENCE))
                    .isEqualTo(mission.equals("mission-alpha") ? "ALPHA-RPT-CYCLE" : "BETA-RPT-CYCLE");
        }
        // Asked again, nothing new starts.
        assertThat(http.postJson("/api/reports/cycles", "admin", "{}").body()).contains("\"started\":[]");
    }

    @Test
    void theTimerStartsTheReportOfThePreviousMonthOnceOnly() {
        ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportProcesses.MONTHLY_REPORTING)
                .processInstanceBusinessKey(ReportProcesses.cycleKey("mission-beta")).singleResult();
        Job timer = timerOf(cycle);
        Instant due = timer.getDuedate().toInstant();
        Instant expected = MonthlyCycle.nextRun(Instant.now());
        assertThat(due).isEqualTo(expected);
        assertThat(due.atZone(ZoneOffset.UTC).getDayOfMonth()).isEqualTo(1);
        assertThat(due.atZone(ZoneOffset.UTC).getHour()).isEqualTo(6);
        YearMonth month = MonthlyCycle.reportedMonth(due);

        managementService.executeJob(timer.getId());

        assertThat(cycle).hasPassed(ReportProcesses.TASK_START_MONTHLY_REPORT).isWaitingAt(ReportProcesses.TIMER_NEXT_MONTH);
        List<Map<String, Object>> reports = monthlyReports("mission-beta", month);
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0)).containsEntry("status", "COMPILED").containsEntry("requested_by", "monthly-reporting-cycle")
                .containsEntry("period_end", java.sql.Date.valueOf(month.atEndOfMonth()));
        String reference = (String) reports.get(0).get("reference");
        assertThat(reference).matches("BETA-RPT-\\d{4}");
        ProcessInstance report = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ReportProcesses.MISSION_REPORT).singleResult();
        assertThat(report.getTenantId()).isEqualTo("mission-beta");
        assertThat(report).isWaitingAt(ReportProcesses.TASK_REVIEW);
        assertThat(runtimeService.getVariables(report.getId())).containsEntry(ReportProcesses.REPORT_KIND, "MONTHLY")
                .containsEntry(ReportProcesses.PERIOD_START, month.atDay(1).toString())
                .containsEntry(ReportProcesses.PERIOD_END, month.atEndOfMonth().toString());
        assertThat(runtimeService.getVariable(cycle.getId(), ReportProcesses.LAST_REPORTED_MONTH)).isEqualTo(month.toString());

        // The timer fires again for the same month (a retry, a second node): no second report.
        Job again = timerOf(cycle);
        assertThat(again.getDuedate().toInstant()).isEqualTo(expected);
        managementService.executeJob(again.getId());
        assertThat(monthlyReports("mission-beta", month)).hasSize(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportProcesses.MISSION_REPORT)
                .tenantIdIn("mission-beta").variableValueEquals(ReportProcesses.REPORT_KIND, "MONTHLY")
                .variableValueEquals(ReportProcesses.PERIOD_START, month.atDay(1).toString()).count()).isOne();
        assertThat(cycle).isWaitingAt(ReportProcesses.TIMER_NEXT_MONTH);
    }

    @Test
    void theCycleOfAMissionThatNoLongerExistsEnds() {
        ProcessInstance cycle = runtimeService.startProcessInstanceByKey(ReportProcesses.MONTHLY_REPORTING,
                ReportProcesses.cycleKey("mission-closed"), Variables.createVariables()
                        .putValue(ProcessVariables.MISSION_ID, "mission-closed")
                        .putValue(ProcessVariables.DUTY_REFERENCE, "CLOSED-RPT-CYCLE"));
        assertThat(cycle).hasPassed(ReportProcesses.END_MISSION_CLOSED).isEnded();
    }

    @Test
    void aNewMissionGetsItsCycleFromTheAdministratorsEndpointOnly() {
        assertThat(http.postJson("/api/reports/cycles", "supervisor.alpha", "{}").statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/reports/cycles", "hq.desk", "{}").statusCode()).isEqualTo(403);
        identityService.saveTenant(identityService.newTenant("mission-gamma"));
        try {
            assertThat(http.postJson("/api/reports/cycles", "admin", "{}").body()).contains("\"started\":[\"mission-gamma\"]");
            ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportProcesses.MONTHLY_REPORTING)
                    .processInstanceBusinessKey(ReportProcesses.cycleKey("mission-gamma")).singleResult();
            assertThat(cycle).isWaitingAt(ReportProcesses.TIMER_NEXT_MONTH);
            runtimeService.deleteProcessInstance(cycle.getId(), "test mission removed");
        } finally {
            identityService.deleteTenant("mission-gamma");
        }
        assertThat(new Database(jdbc).count("SELECT count(*) FROM casework.mission_report WHERE mission_id = 'mission-gamma'")).isZero();
    }

    private Job timerOf(ProcessInstance cycle) {
        return managementService.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult();
    }

    private List<Map<String, Object>> monthlyReports(String mission, YearMonth month) {
        return jdbc.queryForList("SELECT reference, status, requested_by, period_end FROM casework.mission_report "
                + "WHERE mission_id = ? AND kind = 'MONTHLY' AND period_start = ?", mission, java.sql.Date.valueOf(month.atDay(1)));
    }
}
