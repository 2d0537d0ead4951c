package org.hrdcasework.system.tasklist;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hrdcasework.system.engine.EveryUserTask;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Gives Tasklist's card of every task the code name of the defender it is about, beside the case
 * reference and tier that instances already carry ({@link TasklistFilters#CARD_VARIABLES}). The
 * code name is a pseudonym (ADR 0005), held in {@code casework.defender}; the first task of an
 * instance about a case or a defender relationship copies it into the instance, and its later tasks
 * find it there (no query and no write per task). Instances about no one defender (a visit, a
 * report) get none. The case or relationship must be of the task's own mission.
 */
@Component
class TaskCardListener implements EveryUserTask {

    private final TaskCardMapper mapper;

    TaskCardListener(TaskCardMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int order() {
        return TASK_CARD;
    }

    @Override
    public Set<String> events() {
        return Set.of(EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null || task.getTenantId() == null || task.getVariable(ProcessVariables.DEFENDER_CODE_NAME) != null) {
            return;
        }
        // An escalation watch names its subject, a case or a duty, by caseReference; a duty's own tasks by dutyReference.
        Object reference = task.getVariable(ProcessVariables.CASE_REFERENCE);
        if (reference == null) {
            reference = task.getVariable(ProcessVariables.DUTY_REFERENCE);
        }
        if (reference == null) {
            return;
        }
        String codeName = mapper.codeName(reference.toString(), task.getTenantId());
        if (codeName != null) {
            execution.getProcessInstance().setVariableLocal(ProcessVariables.DEFENDER_CODE_NAME, codeName);
        }
    }
}
