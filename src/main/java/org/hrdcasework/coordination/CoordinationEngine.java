package org.hrdcasework.coordination;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.cases.CaseInMission;
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
                .putValue(CoordinationProcesses.MISSION_ID, c.missionId())
                .putValue(CoordinationProcesses.DUTY_REFERENCE, dutyReference)
                .putValue(CoordinationProcesses.CASE_ID, c.id().toString())
                .putValue(CoordinationProcesses.CASE_REFERENCE, c.reference())
                .putValue(CoordinationProcesses.URGENCY_TIER, c.urgencyTier());
        if (routingName != null) {
            variables.putValue(routingName, routingValue);
        }
        runtimeService.createProcessInstanceByKey(processKey).businessKey(dutyReference).setVariables(variables).execute();
    }
}
