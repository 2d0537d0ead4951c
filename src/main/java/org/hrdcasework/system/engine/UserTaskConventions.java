package org.hrdcasework.system.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every model the same infrastructure, so that no designer can forget
 * it: when created, a due date and an escalation watch from the escalation policy, and the case
 * stage; when completed, the record of its form (free text encrypted, see
 * {@link SensitiveVariableHistoryFilter}); when completed or deleted, the end of its watch.
 */
class UserTaskConventions extends AbstractBpmnParseListener {

    static final String ESCALATION_LISTENER = "${escalationTaskListener}";
    static final String STAGE_LISTENER = "${caseStageListener}";
    static final String RECORD_LISTENER = "${taskRecordListener}";

    // The expression manager is created during engine init, after plugins are configured.
    private final ProcessEngineConfigurationImpl configuration;

    UserTaskConventions(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, listener(ESCALATION_LISTENER));
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, listener(STAGE_LISTENER));
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener(RECORD_LISTENER));
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener(ESCALATION_LISTENER));
        task.addTaskListener(TaskListener.EVENTNAME_DELETE, listener(ESCALATION_LISTENER));
    }

    private TaskListener listener(String expression) {
        ExpressionManager expressions = configuration.getExpressionManager();
        return new DelegateExpressionTaskListener(expressions.createExpression(expression), List.of());
    }
}
