package org.hrdcasework.escalation;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.system.engine.EveryUserTask;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Attached to every user task (an {@link EveryUserTask}). On create: the due date is
 * the policy's level-1 deadline, and a watch starts that escalates the task if it stalls. On
 * complete or delete: the watch ends and the task's open escalations are resolved.
 */
@Component
class EscalationTaskListener implements EveryUserTask {

    private static final Set<String> NOT_WATCHED = Set.of(EscalationProcesses.WATCH);

    private final EscalationEngine actions;
    private final MissionScope missionScope;

    EscalationTaskListener(EscalationEngine actions, MissionScope missionScope) {
        this.actions = actions;
        this.missionScope = missionScope;
    }

    @Override
    public int order() {
        return ESCALATION;
    }

    @Override
    public Set<String> events() {
        return Set.of(EVENTNAME_CREATE, EVENTNAME_COMPLETE, EVENTNAME_DELETE);
    }

    @Override
    public void notify(DelegateTask task) {
        String definitionKey = task.getProcessDefinitionId() == null ? "" : task.getProcessDefinitionId().split(":")[0];
        if (NOT_WATCHED.contains(definitionKey)) {
            return; // checked first: escalation tasks are many, and reading variables costs a query
        }
        if (task.getVariable(ProcessVariables.CASE_ID) == null && task.getVariable(ProcessVariables.DUTY_REFERENCE) == null) {
            return;
        }
        if (!EVENTNAME_CREATE.equals(task.getEventName())) {
            actions.workCompleted(task.getId());
            return;
        }
        // The watch is started in the task's own mission, for a case or duty of that mission only.
        Object caseId = missionScope.caseId(task);
        Object dutyReference = caseId == null ? missionScope.dutyReference(task) : null;
        String caseReference = missionScope.caseReference(task);
        // The case's reference, or for a standing duty's task (no case) the duty's reference.
        String subjectReference = caseReference != null ? caseReference
                : dutyReference != null ? dutyReference.toString() : missionScope.dutyReference(task);
        Integer tier = task.getVariable(ProcessVariables.URGENCY_TIER) instanceof Number n ? n.intValue() : null;
        Object hearing = task.getVariable(EscalationProcesses.HEARING_DATE);
        LocalDate hearingDate = hearing == null || hearing.toString().isBlank() ? null
                : LocalDate.parse(hearing.toString().substring(0, 10));
        actions.deadlines(task.getTaskDefinitionKey(), tier, task.getCreateTime().toInstant(), hearingDate)
                .ifPresent(deadlines -> {
                    task.setDueDate(Date.from(deadlines.level1()));
                    VariableMap subject = caseId != null ? Variables.putValue(ProcessVariables.CASE_ID, caseId.toString())
                            // a duty's escalation handling is recorded against the duty
                            : Variables.putValue(ProcessVariables.DUTY_REFERENCE, dutyReference);
                    actions.watch(subjectReference == null ? task.getExecution().getProcessBusinessKey() : subjectReference, subject
                            .putValue(ProcessVariables.CASE_REFERENCE, subjectReference)
                            .putValue(ProcessVariables.MISSION_ID, MissionScope.mission(task))
                            .putValue(EscalationProcesses.WATCHED_TASK_ID, task.getId())
                            .putValue(EscalationProcesses.STAGE, task.getTaskDefinitionKey())
                            // The ladder starts above the group that owns the task (EscalationLadder).
                            .putValue(EscalationProcesses.NEXT_LEVEL, actions.firstLevel(candidateGroups(task), tier))
                            .putValue(ProcessVariables.URGENCY_TIER, tier)
                            .putValue(EscalationProcesses.CREATED_AT, task.getCreateTime().toInstant().toString())
                            .putValue(EscalationProcesses.HEARING_DATE, hearingDate == null ? null : hearingDate.toString()));
                });
    }

    private static List<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }
}
