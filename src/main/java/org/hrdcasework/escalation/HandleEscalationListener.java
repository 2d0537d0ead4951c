package org.hrdcasework.escalation;

import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * "Handle escalation": on create, keeps its escalation's id and level; on completion: acknowledge, intervene (note), reassign the stalled task
 * to another officer of the mission, or extend its deadline with a reason. The stalled work stays
 * with its officer unless reassigned.
 */
@Component
class HandleEscalationListener implements TaskListener {

    static final String DECISION = "escalationDecision";
    static final String REASSIGN_TO = "reassignTo";
    static final String EXTEND_BY = "extendBy";
    static final String NOTE = "sensitive_escalationNote";
    private static final Set<String> DECISIONS = Set.of("ACKNOWLEDGE", "REASSIGN", "INTERVENE", "EXTEND");
    private static final Set<String> EXTENSIONS = Set.of("PT24H", "P3D", "P7D");

    private final EscalationService escalationService;
    private final EscalationActions actions;
    private final TaskService taskService;
    private final IdentityService identityService;

    HandleEscalationListener(EscalationService escalationService, EscalationActions actions, TaskService taskService,
                             IdentityService identityService) {
        this.escalationService = escalationService;
        this.actions = actions;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // This task's own escalation: later levels overwrite the process variables.
            task.setVariableLocal(EscalationProcesses.ESCALATION_ID, task.getVariable(EscalationProcesses.ESCALATION_ID));
            task.setVariableLocal(EscalationProcesses.LEVEL,
                    ((Number) task.getVariable(EscalationProcesses.NEXT_LEVEL)).intValue() - 1);
            return;
        }
        Object decision = task.getVariable(DECISION);
        if (decision == null || !DECISIONS.contains(decision.toString())) {
            throw new InvalidInputException(DECISION, "must be one of " + DECISIONS);
        }
        String watchedTaskId = (String) task.getVariable(EscalationProcesses.WATCHED_TASK_ID);
        switch (decision.toString()) {
            case "REASSIGN" -> {
                Object to = task.getVariable(REASSIGN_TO);
                String mission = MissionScope.mission(task);
                if (to == null || identityService.createUserQuery().userId(to.toString()).memberOfTenant(mission).count() == 0) {
                    throw new InvalidInputException(REASSIGN_TO, "must be a user of mission " + mission);
                }
                taskService.setAssignee(watchedTaskId, to.toString());
            }
            case "EXTEND" -> {
                Object by = task.getVariable(EXTEND_BY);
                Object reason = task.getVariable(NOTE);
                if (by == null || !EXTENSIONS.contains(by.toString())) {
                    throw new InvalidInputException(EXTEND_BY, "must be one of " + EXTENSIONS);
                }
                if (reason == null || reason.toString().isBlank()) {
                    throw new InvalidInputException(NOTE, "an extension needs a reason");
                }
                actions.extend(watchedTaskId, by.toString());
            }
            default -> {
                // ACKNOWLEDGE, INTERVENE: recorded below; the note is kept encrypted by the task recorder.
            }
        }
        escalationService.recordDecision(UUID.fromString((String) task.getVariableLocal(EscalationProcesses.ESCALATION_ID)),
                decision.toString(), TaskActors.actor(task));
    }
}
