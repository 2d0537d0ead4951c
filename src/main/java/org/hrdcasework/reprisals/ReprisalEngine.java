package org.hrdcasework.reprisals;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/** Starts, extends and signals the reprisal watch process: the only place the service reaches the engine. */
@Component
class ReprisalEngine {

    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    ReprisalEngine(RuntimeService runtimeService, ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    /** Starts the watch of one case; business key = the case reference, tenant = the case's mission. */
    String start(WatchedCase c, UUID watchId) {
        var variables = Variables.createVariables()
                .putValue(ProcessVariables.MISSION_ID, c.missionId())
                .putValue(ProcessVariables.CASE_ID, c.id().toString())
                .putValue(ProcessVariables.CASE_REFERENCE, c.reference())
                .putValue(ProcessVariables.URGENCY_TIER, c.urgencyTier())
                .putValue(ReprisalProcesses.WATCH_ID, watchId.toString());
        return runtimeService.createProcessInstanceByKey(ReprisalProcesses.REPRISAL_WATCH).businessKey(c.reference())
                .setVariables(variables).execute().getId();
    }

    /** A further engagement: the watch period's timer (and the variable it was read from) move to the new end. */
    void extend(String processInstanceId, OffsetDateTime endsAt) {
        if (processInstanceId == null || runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
            return;
        }
        Date end = Date.from(endsAt.toInstant());
        runtimeService.setVariable(processInstanceId, ReprisalProcesses.WATCH_ENDS_AT, end);
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId(ReprisalProcesses.TIMER_WATCH_PERIOD_OVER).singleResult();
        if (timer != null && timer.getDuedate().before(end)) {
            managementService.setJobDuedate(timer.getId(), end);
        }
    }

    /** A threat report during the watch: its process asks an officer to confirm the link; false when it no longer runs. */
    boolean proposeLink(String processInstanceId) {
        if (processInstanceId == null || runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
            return false;
        }
        runtimeService.createMessageCorrelation(ReprisalProcesses.MESSAGE_LINK_PROPOSED).processInstanceId(processInstanceId).correlate();
        return true;
    }
}
