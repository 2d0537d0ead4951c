package org.hrdcasework.actions;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.system.web.FormAnswers;
import org.springframework.stereotype.Component;

/** On completion of "Plan actions": turns the officer's choice into the plannedActions collection. */
@Component
class PlanActionsListener implements TaskListener {

    static final String PLANNED_ACTION_TYPES = "plannedActionTypes";
    static final String DEFENDER_STATUS = "defenderStatus";
    static final String PLANNED_ACTIONS = "plannedActions";

    private final ActionService actionService;

    PlanActionsListener(ActionService actionService) {
        this.actionService = actionService;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> chosen = FormAnswers.strings(task.getVariable(PLANNED_ACTION_TYPES));
        boolean killed = "KILLED".equals(task.getVariable(DEFENDER_STATUS));
        List<String> plan = actionService.plan(chosen, killed, PLANNED_ACTION_TYPES).stream().map(Enum::name).toList();
        task.getExecution().setVariable(PLANNED_ACTIONS, plan);
    }
}
