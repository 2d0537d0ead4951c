package org.hrdcasework.actions;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hrdcasework.system.engine.MissionScope;
import org.springframework.stereotype.Component;

/** Closes the action's record once reported and fed back: completed, or stopped by its outcome. */
@Component
class CompleteActionDelegate implements JavaDelegate {

    private final ActionService actionService;
    /** The case (or action) must be of the instance's mission, whatever a variable says. */
    private final MissionScope missionScope;

    CompleteActionDelegate(ActionService actionService, MissionScope missionScope) {
        this.missionScope = missionScope;
        this.actionService = actionService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object outcome = execution.getVariable(ActionProcesses.ACTION_OUTCOME);
        actionService.finish(missionScope.actionId(execution),
                outcome == null ? null : outcome.toString());
    }
}
