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
 * it: a due date and the case stage when the task is created, and the record of its form when
 * it completes (free text encrypted, see {@link SensitiveVariableHistoryFilter}).
 */
class UserTaskConventions extends AbstractBpmnParseListener {

    static final String DUE_DATE_LISTENER = "${taskDueDateListener}";
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
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, listener(DUE_DATE_LISTENER));
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, listener(STAGE_LISTENER));
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener(RECORD_LISTENER));
    }

    private TaskListener listener(String expression) {
        ExpressionManager expressions = configuration.getExpressionManager();
        return new DelegateExpressionTaskListener(expressions.createExpression(expression), List.of());
    }
}
