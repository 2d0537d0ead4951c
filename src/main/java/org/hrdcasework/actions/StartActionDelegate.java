package org.hrdcasework.actions;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the action's record and sets actionId. */
@Component
class StartActionDelegate implements JavaDelegate {

    private final ActionService actionService;

    StartActionDelegate(ActionService actionService) {
        this.actionService = actionService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        ActionType type = ActionType.valueOf((String) execution.getVariable(ActionProcesses.ACTION_TYPE));
        execution.setVariable(ActionProcesses.ACTION_ID, actionService.start(caseId, type).toString());
    }
}
