package org.hrdcasework.system.engine;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Gives every user task of every model the listeners that features declare as {@link EveryUserTask}
 * beans, in their order: when created, a due date and an escalation watch from the escalation policy, and the case
 * stage; when assigned or completed, the four-eyes rule ({@link FourEyesListener}); when completed, the record of its form (free text encrypted, see
 * {@link SensitiveVariableHistoryFilter}); when completed or deleted, the end of its watch.
 */
class UserTaskConventions extends AbstractBpmnParseListener {

    private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

    // Looked up at the first task event: the beans need the engine, which is being built when models are parsed.
    private final ObjectProvider<EveryUserTask> conventions;
    private volatile List<EveryUserTask> ordered;

    UserTaskConventions(ObjectProvider<EveryUserTask> conventions) {
        this.conventions = conventions;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        for (String event : EVENTS) {
            task.addTaskListener(event, delegateTask -> {
                for (EveryUserTask convention : ordered()) {
                    if (convention.events().contains(event)) {
                        convention.notify(delegateTask);
                    }
                }
            });
        }
    }

    private List<EveryUserTask> ordered() {
        List<EveryUserTask> all = ordered;
        if (all == null) {
            all = conventions.stream().sorted(Comparator.comparingInt(EveryUserTask::order)).toList();
            ordered = all;
        }
        return all;
    }
}
