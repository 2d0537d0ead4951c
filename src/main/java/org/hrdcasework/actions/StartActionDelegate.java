package org.hrdcasework.actions;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hrdcasework.system.engine.MissionScope;
import org.springframework.stereotype.Component;

/** Opens the action's record and sets actionId. */
@Component
class StartActionDelegate implements JavaDelegate {

    private final ActionService actionService;
    /** The case (or action) must be of the instance's mission, whatever a variable says. */
    private final MissionScope missionScope;

    StartActionDelegate(ActionService actionService, MissionScope missionScope) {
        this.missionScope = missionScope;
        this.actionService = actionService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = missionScope.caseId(execution);
        ActionType type = ActionType.valueOf((String) execution.getVariable(ActionProcesses.ACTION_TYPE));
        execution.setVariable(ActionProcesses.ACTION_ID, actionService.start(caseId, type).toString());
    }
}
