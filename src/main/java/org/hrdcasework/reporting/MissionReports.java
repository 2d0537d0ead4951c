package org.hrdcasework.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.duties.DutyReferences;
import org.hrdcasework.system.engine.ProcessVariables;
import org.hrdcasework.system.security.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Starts MissionReport processes: on request of a person, or for the monthly cycle (once per month). */
@Component
class MissionReports {

    private final RuntimeService runtimeService;
    private final ReportService reportService;
    private final DutyReferences dutyReferences;
    private final Clock clock;

    MissionReports(RuntimeService runtimeService, ReportService reportService, DutyReferences dutyReferences, Clock clock) {
        this.runtimeService = runtimeService;
        this.reportService = reportService;
        this.dutyReferences = dutyReferences;
        this.clock = clock;
    }

    /** A report for a chosen period, compiled at once and waiting for the supervisors' review; its reference. */
    @Transactional
    public String requestOnDemand(Caller caller, String missionId, LocalDate from, LocalDate to) {
        ReportPeriod period = ReportPeriod.requested(from, to, LocalDate.now(clock), "from", "to");
        reportService.requireMayRequest(caller, missionId);
        return start(missionId, ReportKind.ON_DEMAND, period, caller.userId());
    }

    /** The monthly report of the mission for that month, unless one was already started; its reference if started. */
    @Transactional
    public Optional<String> startMonthly(String missionId, YearMonth month) {
        ReportPeriod period = ReportPeriod.month(month);
        if (reportService.monthlyReport(missionId, period.start()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(start(missionId, ReportKind.MONTHLY, period, "monthly-reporting-cycle"));
    }

    private String start(String missionId, ReportKind kind, ReportPeriod period, String requestedBy) {
        String reference = dutyReferences.next(missionId, ReportProcesses.DUTY_KIND);
        runtimeService.startProcessInstanceByKey(ReportProcesses.MISSION_REPORT, reference, Variables.createVariables()
                .putValue(ProcessVariables.MISSION_ID, missionId)
                .putValue(ProcessVariables.DUTY_REFERENCE, reference)
                .putValue(ReportProcesses.REPORT_KIND, kind.name())
                .putValue(ReportProcesses.PERIOD_START, period.start().toString())
                .putValue(ReportProcesses.PERIOD_END, period.end().toString())
                .putValue(ReportProcesses.REQUESTED_BY, requestedBy));
        return reference;
    }
}
