package org.hrdcasework.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hrdcasework.system.engine.MissionScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine glue of processes/MonthlyReporting.bpmn. */
@Configuration(proxyBeanMethods = false)
class MonthlyReportingDelegates {

    /**
     * Task_ScheduleNextReport: the timer's date (06:00 UTC on the 1st of the next month) and whether
     * the mission (engine tenant) still exists; a mission that was removed ends its cycle.
     */
    @Bean
    JavaDelegate scheduleNextReportDelegate(Clock clock, IdentityService identityService) {
        return execution -> {
            String missionId = execution.getTenantId();
            execution.setVariable(ReportProcesses.NEXT_RUN_AT, Date.from(MonthlyCycle.nextRun(clock.instant())));
            execution.setVariable(ReportProcesses.MISSION_ACTIVE,
                    missionId != null && identityService.createTenantQuery().tenantId(missionId).count() > 0);
        };
    }

    /**
     * Task_StartMonthlyReport: the report of the month before the timer's date (not before "now":
     * a timer fired late still reports the right month). Idempotent: a month already reported is skipped.
     */
    @Bean
    JavaDelegate startMonthlyReportDelegate(MissionReports missionReports) {
        return execution -> {
            Instant run = ((Date) execution.getVariable(ReportProcesses.NEXT_RUN_AT)).toInstant();
            var month = MonthlyCycle.reportedMonth(run);
            // The cycle's mission is its tenant, never a variable.
            missionReports.startMonthly(MissionScope.mission(execution), month);
            execution.setVariable(ReportProcesses.LAST_REPORTED_MONTH, month.toString());
        };
    }
}
