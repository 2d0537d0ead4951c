package org.hrdcasework.actions;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hrdcasework.system.engine.MissionScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine glue of processes/CaseAction: opens and closes the action's record around the call
 * activity that carries it out,. The demarche's delivery is checked in DemarcheDelegates.
 */
@Configuration(proxyBeanMethods = false)
class CaseActionDelegates {

    /** The case (or action) must be of the instance's mission, whatever a variable says. */
    private final MissionScope missionScope;

    CaseActionDelegates(MissionScope missionScope) {
        this.missionScope = missionScope;
    }

    /** Opens the action's record and sets actionId. */
    @Bean
    JavaDelegate startActionDelegate(ActionService actionService) {
        return execution -> {
            UUID caseId = missionScope.caseId(execution);
            ActionType type = ActionType.valueOf((String) execution.getVariable(ActionProcesses.ACTION_TYPE));
            execution.setVariable(ActionProcesses.ACTION_ID, actionService.start(caseId, type).toString());
        };
    }

    /** Closes the action's record once reported and fed back: completed, or stopped by its outcome. */
    @Bean
    JavaDelegate completeActionDelegate(ActionService actionService) {
        return execution -> {
            Object outcome = execution.getVariable(ActionProcesses.ACTION_OUTCOME);
            actionService.finish(missionScope.actionId(execution), outcome == null ? null : outcome.toString());
        };
    }

    /** The name under which a missing consent is reported: it is no field of the form but of the case's register. */
    static final String CONSENT = "consent";
}
