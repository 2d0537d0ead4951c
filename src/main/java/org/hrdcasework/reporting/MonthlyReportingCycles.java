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
 * Keeps one MonthlyReporting cycle running per mission (engine tenant): started for every mission
 * that has none when the application is ready, and on request of an administrator
 * ({@code POST /api/reports/cycles}) after a mission was added.
 */
@Component
class MonthlyReportingCycles {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportingCycles.class);

    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final boolean startAtStartup;

    MonthlyReportingCycles(IdentityService identityService, RuntimeService runtimeService,
                           @Value("${hrd.reporting.start-cycles-at-startup:true}") boolean startAtStartup) {
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.startAtStartup = startAtStartup;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        if (!startAtStartup) {
            return;
        }
        List<String> started = startMissing();
        if (!started.isEmpty()) {
            log.info("Monthly reporting cycle started for {}", started);
        }
    }

    /** Starts the cycle of every mission without one; returns those missions. */
    @Transactional
    public List<String> startMissing() {
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
