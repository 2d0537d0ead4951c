package org.hrdcasework.actions;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the action's record once reported and fed back: completed, or stopped by its outcome. */
@Component
class CompleteActionDelegate implements JavaDelegate {

    private final ActionService actionService;

    CompleteActionDelegate(ActionService actionService) {
        this.actionService = actionService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object outcome = execution.getVariable(ActionProcesses.ACTION_OUTCOME);
        actionService.finish(UUID.fromString((String) execution.getVariable(ActionProcesses.ACTION_ID)),
                outcome == null ? null : outcome.toString());
    }
}
