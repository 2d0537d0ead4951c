package org.hrdcasework.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hrdcasework.deadlines.DeadlinePolicy;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of processes/EscalationWatch.bpmn. */
@Configuration(proxyBeanMethods = false)
class EscalationWatchDelegates {

    /** The watch's mission is its tenant; the case or duty it names must be of that mission. */
    private final MissionScope missionScope;

    EscalationWatchDelegates(MissionScope missionScope) {
        this.missionScope = missionScope;
    }

    /** Computes (or recomputes, after a tier change or an extension) the deadline of the next level. */
    @Bean
    JavaDelegate computeEscalationDeadlinesDelegate(EscalationActions actions) {
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
    JavaDelegate escalateDelegate(EscalationActions actions) {
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
                execution.setVariable(EscalationProcesses.ESCALATED_TO_GROUP, EscalationService.groupOf(level));
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

    private static DeadlinePolicy.Deadlines deadlinesOf(DelegateExecution execution, EscalationActions actions) {
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
