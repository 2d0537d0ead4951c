package org.hrdcasework.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.hrdcasework.deadlines.DeadlinePolicy;
import org.springframework.stereotype.Component;

/**
 * The engine side of escalation: reads the policy table, starts and re-times watches, and
 * performs an escalation's side effects exactly once per (task, level).
 */
@Component
public class EscalationActions {

    static final String POLICY_DECISION = "EscalationPolicy";

    private final DecisionService decisionService;
    private final RuntimeService runtimeService;
    private final DeadlinePolicy deadlinePolicy;
    private final EscalationService escalationService;
    private final EscalationNotifier notifier;

    EscalationActions(DecisionService decisionService, RuntimeService runtimeService, DeadlinePolicy deadlinePolicy,
                      EscalationService escalationService, EscalationNotifier notifier) {
        this.decisionService = decisionService;
        this.runtimeService = runtimeService;
        this.deadlinePolicy = deadlinePolicy;
        this.escalationService = escalationService;
        this.notifier = notifier;
    }

    /** The escalation deadlines of a waiting task by the policy table, if the table covers it. */
    public Optional<DeadlinePolicy.Deadlines> deadlines(String taskKey, Integer urgencyTier, Instant createdAt,
                                                        LocalDate hearingDate) {
        DmnDecisionRuleResult rule = decisionService.evaluateDecisionTableByKey(POLICY_DECISION,
                Variables.createVariables().putValue("taskKey", taskKey).putValue("urgencyTier", urgencyTier))
                .getFirstResult();
        if (rule == null) {
            return Optional.empty();
        }
        return Optional.of(deadlinePolicy.deadlines(new DeadlinePolicy.Rule(rule.getEntry("anchor"), rule.getEntry("level1"),
                rule.getEntry("level2"), rule.getEntry("level3"), Boolean.TRUE.equals(rule.getEntry("workingDays"))),
                createdAt, hearingDate));
    }

    /** Starts watching a case task: it escalates level by level until it is completed. */
    void watch(String businessKey, VariableMap variables) {
        runtimeService.startProcessInstanceByKey(EscalationProcesses.WATCH, businessKey, variables);
    }

    /** The watched task was completed or cancelled: its watch ends and resolves its escalations. */
    void workCompleted(String taskId) {
        runtimeService.createMessageCorrelation(EscalationProcesses.MESSAGE_WORK_COMPLETED)
                .processInstanceVariableEquals(EscalationProcesses.WATCHED_TASK_ID, taskId)
                .correlateAll();
    }

    /** The case's tier changed: every open deadline of the case is computed again. */
    public void retime(String caseReference, int urgencyTier) {
        runtimeService.createMessageCorrelation(EscalationProcesses.MESSAGE_DEADLINES_CHANGED)
                .processInstanceBusinessKey(caseReference)
                .setVariable(EscalationProcesses.URGENCY_TIER, urgencyTier)
                .correlateAll();
    }

    /** An escalation handler extended the deadline of one watched task. */
    void extend(String taskId, String extension) {
        runtimeService.createMessageCorrelation(EscalationProcesses.MESSAGE_DEADLINES_CHANGED)
                .processInstanceVariableEquals(EscalationProcesses.WATCHED_TASK_ID, taskId)
                .setVariable(EscalationProcesses.DEADLINE_EXTENSION, extension)
                .correlateAll();
    }

    /**
     * The side effects of a fired deadline: the record, the handling task for the escalated-to
     * group of the mission, and the mail. A second run for the same (task, level) does nothing.
     */
    public boolean escalate(EscalationService.Escalation escalation) {
        Optional<UUID> created = escalationService.recordOnce(escalation);
        if (created.isEmpty()) {
            return false;
        }
        runtimeService.startProcessInstanceByKey(EscalationProcesses.HANDLE, escalation.caseReference(),
                Variables.createVariables()
                        .putValue("caseId", escalation.caseId().toString())
                        .putValue("caseReference", escalation.caseReference())
                        .putValue("missionId", escalation.missionId())
                        .putValue(EscalationProcesses.ESCALATION_ID, created.get().toString())
                        .putValue(EscalationProcesses.ESCALATED_TO_GROUP, EscalationService.groupOf(escalation.level()))
                        .putValue(EscalationProcesses.LEVEL, escalation.level())
                        .putValue(EscalationProcesses.STAGE, escalation.stage())
                        .putValue(EscalationProcesses.WATCHED_TASK_ID, escalation.taskId()));
        notifier.notifyAfterCommit(escalation);
        return true;
    }
}
