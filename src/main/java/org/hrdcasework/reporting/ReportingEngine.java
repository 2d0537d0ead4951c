package org.hrdcasework.reporting;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.defenders.Missions;
import org.hrdcasework.system.engine.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine side of reporting, so that MissionReports stays engine-agnostic: starts MissionReport
 * instances, and one MonthlyReporting cycle per mission (engine tenant) that has none, when the
 * application is ready and when an administrator asks ({@code POST /api/reports/cycles}).
 */
@Component
class ReportingEngine {

    private static final Logger log = LoggerFactory.getLogger(ReportingEngine.class);

    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final boolean startCyclesAtStartup;

    ReportingEngine(RuntimeService runtimeService, IdentityService identityService,
                    @Value("${hrd.reporting.start-cycles-at-startup:true}") boolean startCyclesAtStartup) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.startCyclesAtStartup = startCyclesAtStartup;
    }

    /** Starts the report's MissionReport process with its reference as business key; the mission becomes its tenant. */
    void startMissionReport(String reference, String missionId, ReportKind kind, ReportPeriod period, String requestedBy) {
        runtimeService.startProcessInstanceByKey(ReportProcesses.MISSION_REPORT, reference, Variables.createVariables()
                .putValue(ProcessVariables.MISSION_ID, missionId)
                .putValue(ProcessVariables.DUTY_REFERENCE, reference)
                .putValue(ReportProcesses.REPORT_KIND, kind.name())
                .putValue(ReportProcesses.PERIOD_START, period.start().toString())
                .putValue(ReportProcesses.PERIOD_END, period.end().toString())
                .putValue(ReportProcesses.REQUESTED_BY, requestedBy));
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        if (!startCyclesAtStartup) {
            return;
        }
        List<String> started = startMissingCycles();
        if (!started.isEmpty()) {
            log.info("Monthly reporting cycle started for {}", started);
        }
    }

    /** Starts the cycle of every mission without one; returns those missions. */
    @Transactional
    public List<String> startMissingCycles() {
        List<String> started = new ArrayList<>();
        for (Tenant mission : identityService.createTenantQuery().orderByTenantId().asc().list()) {
            String key = ReportProcesses.cycleKey(mission.getId());
            if (runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportProcesses.MONTHLY_REPORTING)
                    .processInstanceBusinessKey(key).count() == 0) {
                runtimeService.startProcessInstanceByKey(ReportProcesses.MONTHLY_REPORTING, key, Variables.createVariables()
                        .putValue(ProcessVariables.MISSION_ID, mission.getId())
                        .putValue(ProcessVariables.DUTY_REFERENCE, Missions.code(mission.getId()) + "-RPT-CYCLE"));
                started.add(mission.getId());
            }
        }
        return started;
    }
}
