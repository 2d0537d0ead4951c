package org.hrdcasework.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.deadlines.DeadlinePolicy;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.ProcessVariables;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The glue of processes/EscalationWatch.bpmn: its service tasks and the handling task's listener. */
@Configuration(proxyBeanMethods = false)
class EscalationWatchDelegates {

    private static final Set<String> HANDLING_DECISIONS = Set.of("ACKNOWLEDGE", "REASSIGN", "INTERVENE", "EXTEND");
    private static final Set<String> EXTENSIONS = Set.of("PT24H", "P3D", "P7D");

    /** The watch's mission is its tenant; the case or duty it names must be of that mission. */
    private final MissionScope missionScope;

    EscalationWatchDelegates(MissionScope missionScope) {
        this.missionScope = missionScope;
    }

    /** Computes (or recomputes, after a tier change or an extension) the deadline of the next level. */
    @Bean
    JavaDelegate computeEscalationDeadlinesDelegate(EscalationEngine actions) {
        return execution -> {
            int nextLevel = execution.getVariable(EscalationProcesses.NEXT_LEVEL) instanceof Number n ? n.intValue() : 1;
            DeadlinePolicy.Deadlines deadlines = deadlinesOf(execution, actions);
            Instant due = deadlines == null || nextLevel > 3 ? Instant.now().plus(Duration.ofDays(3650)) : deadlines.level(nextLevel);
            Object extension = execution.getVariable(EscalationProcesses.DEADLINE_EXTENSION);
            if (extension != null && !extension.toString().isBlank()) {
                Instant previous = execution.getVariable(EscalationProcesses.NEXT_DUE_AT) == null ? due
                        : Instant.parse((String) execution.getVariable(EscalationProcesses.NEXT_DUE_AT));
                due = later(previous, Instant.now()).plus(Duration.parse(extension.toString()));
                execution.removeVariable(EscalationProcesses.DEADLINE_EXTENSION);
            }
            execution.setVariable(EscalationProcesses.NEXT_LEVEL, nextLevel);
            execution.setVariable(EscalationProcesses.NEXT_DUE_AT, due.toString());
        };
    }

    /**
     * The deadline passed: escalate this level (once), then aim at the next one. Writes as few
     * variables as it can (each is a row in the engine and in its history): nextLevel goes past 3
     * after the last level, and the handling task derives its level from it.
     */
    @Bean
    JavaDelegate escalateDelegate(EscalationEngine actions) {
        return execution -> {
            int level = ((Number) execution.getVariable(EscalationProcesses.NEXT_LEVEL)).intValue();
            Instant fired = Instant.parse((String) execution.getVariable(EscalationProcesses.NEXT_DUE_AT));
            UUID caseId = missionScope.caseId(execution);
            Optional<UUID> created = actions.escalate(new EscalationService.Escalation(caseId, MissionScope.mission(execution),
                    missionScope.subjectReference(execution),
                    (String) execution.getVariable(EscalationProcesses.STAGE),
                    (String) execution.getVariable(EscalationProcesses.WATCHED_TASK_ID), level, fired));
            execution.setVariable(EscalationProcesses.ESCALATION_CREATED, created.isPresent());
            created.ifPresent(id -> {
                // Read by the handling task's create listener, which keeps the id as a task-local variable.
                execution.setVariable(EscalationProcesses.ESCALATION_ID, id.toString());
                execution.setVariable(EscalationProcesses.ESCALATED_TO_GROUP, actions.recipientGroup(level));
            });
            execution.setVariable(EscalationProcesses.NEXT_LEVEL, level + 1);
            if (level < 3) {
                DeadlinePolicy.Deadlines deadlines = deadlinesOf(execution, actions);
                Instant next = deadlines == null ? Instant.now().plus(Duration.ofDays(1)) : deadlines.level(level + 1);
                execution.setVariable(EscalationProcesses.NEXT_DUE_AT, later(next, fired).toString());
            }
        };
    }

    /** The watched work is done: its open escalations are resolved. */
    @Bean
    JavaDelegate resolveEscalationsDelegate(EscalationService escalationService) {
        return execution -> escalationService.resolveOpen((String) execution.getVariable(EscalationProcesses.WATCHED_TASK_ID));
    }

    /**
     * "Handle escalation": on create, keeps its escalation's id and level; on completion:
     * acknowledge, intervene (note), reassign the stalled task to another person of the mission, or
     * extend its deadline with a reason. The stalled work stays with its officer unless reassigned.
     */
    @Bean
    TaskListener handleEscalationListener(EscalationService escalationService, EscalationEngine actions) {
        return task -> {
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                // This task's own escalation: later levels overwrite the process variables.
                task.setVariableLocal(EscalationProcesses.ESCALATION_ID, task.getVariable(EscalationProcesses.ESCALATION_ID));
                task.setVariableLocal(EscalationProcesses.LEVEL,
                        ((Number) task.getVariable(EscalationProcesses.NEXT_LEVEL)).intValue() - 1);
                return;
            }
            Object answer = task.getVariable(EscalationProcesses.DECISION);
            if (answer == null || !HANDLING_DECISIONS.contains(answer.toString())) {
                throw new InvalidInputException(EscalationProcesses.DECISION, "must be one of " + HANDLING_DECISIONS);
            }
            String decision = answer.toString();
            String watchedTaskId = (String) task.getVariable(EscalationProcesses.WATCHED_TASK_ID);
            switch (decision) {
                case "REASSIGN" -> {
                    if (watchedTaskId.startsWith(EscalationProcesses.CASE_CLOCK_PREFIX)) {
                        throw new InvalidInputException(EscalationProcesses.DECISION,
                                "the case clock has no task to reassign: plan the case's first action, or intervene");
                    }
                    Object to = task.getVariable(EscalationProcesses.REASSIGN_TO);
                    String mission = MissionScope.mission(task);
                    if (to == null || !actions.reassign(watchedTaskId, to.toString(), mission)) {
                        throw new InvalidInputException(EscalationProcesses.REASSIGN_TO, "must be a user of mission " + mission);
                    }
                }
                case "EXTEND" -> {
                    Object by = task.getVariable(EscalationProcesses.EXTEND_BY);
                    if (by == null || !EXTENSIONS.contains(by.toString())) {
                        throw new InvalidInputException(EscalationProcesses.EXTEND_BY, "must be one of " + EXTENSIONS);
                    }
                    Object reason = task.getVariable(EscalationProcesses.NOTE);
                    if (reason == null || reason.toString().isBlank()) {
                        throw new InvalidInputException(EscalationProcesses.NOTE, "an extension needs a reason");
                    }
                    actions.extend(watchedTaskId, by.toString());
                }
                default -> {
                    // ACKNOWLEDGE, INTERVENE: recorded below; the note is kept encrypted by the task recorder.
                }
            }
            escalationService.recordDecision(UUID.fromString((String) task.getVariableLocal(EscalationProcesses.ESCALATION_ID)),
                    decision, TaskActors.actor(task));
        };
    }

    private static DeadlinePolicy.Deadlines deadlinesOf(DelegateExecution execution, EscalationEngine actions) {
        Integer tier = execution.getVariable(ProcessVariables.URGENCY_TIER) instanceof Number n ? n.intValue() : null;
        Object hearing = execution.getVariable(EscalationProcesses.HEARING_DATE);
        return actions.deadlines((String) execution.getVariable(EscalationProcesses.STAGE), tier,
                Instant.parse((String) execution.getVariable(EscalationProcesses.CREATED_AT)),
                hearing == null ? null : LocalDate.parse(hearing.toString())).orElse(null);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
