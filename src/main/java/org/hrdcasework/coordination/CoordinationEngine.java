package org.hrdcasework.coordination;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.cases.CaseInMission;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/** Starts the coordination processes: the only place the services reach the engine. */
@Component
class CoordinationEngine {

    private final RuntimeService runtimeService;

    CoordinationEngine(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** Starts {@code processKey} for one case; business key = the duty reference. */
    void start(String processKey, String dutyReference, CaseInMission c, String routingName, Object routingValue) {
        var variables = Variables.createVariables()
                .putValue(ProcessVariables.MISSION_ID, c.missionId())
                .putValue(ProcessVariables.DUTY_REFERENCE, dutyReference)
                .putValue(ProcessVariables.CASE_ID, c.id().toString())
                .putValue(ProcessVariables.CASE_REFERENCE, c.reference())
                .putValue(ProcessVariables.URGENCY_TIER, c.urgencyTier());
        if (routingName != null) {
            variables.putValue(routingName, routingValue);
        }
        runtimeService.createProcessInstanceByKey(processKey).businessKey(dutyReference).setVariables(variables).execute();
    }
}
