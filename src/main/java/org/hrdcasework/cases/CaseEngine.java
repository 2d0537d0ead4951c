package org.hrdcasework.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.cases.CaseOfConcernProcess.Vars;
import org.hrdcasework.escalation.EscalationEngine;
import org.hrdcasework.escalation.EscalationProcesses;
import org.hrdcasework.risk.UrgencyTierChanged;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The case service's only way to the engine: starts CaseOfConcern with the case reference as
 * business key (the mission becomes the instance's tenant) and correlates its messages.
 */
@Component
class CaseEngine {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final EscalationEngine escalations;

    CaseEngine(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
               EscalationEngine escalations) {
        this.escalations = escalations;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** Starts the case-of-concern process for a new case and returns the process instance id. */
    String start(UUID caseId, String reference, String missionId, ThreatType threatType, LocalDate occurredOn) {
        String id = runtimeService.createProcessInstanceByKey(CaseOfConcernProcess.KEY)
                .businessKey(reference)
                .setVariables(startVariables(caseId, reference, missionId, threatType))
                .execute()
                .getId();
        startClock(caseId, reference, missionId, threatType, occurredOn);
        return id;
    }

    /**
     * The case's protection clock counts from the incident: the start of the day it happened (UTC),
     * the earliest moment the report allows, so that no deadline falls later than the danger warrants.
     */
    private void startClock(UUID caseId, String reference, String missionId, ThreatType threatType, LocalDate occurredOn) {
        escalations.startCaseClock(reference, caseId.toString(), missionId, threatType.provisionalTier(),
                occurredOn == null ? Instant.now() : occurredOn.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Starts a new instance for a reopened case, straight to risk assessment; returns its id. */
    String reopen(UUID caseId, String reference, String missionId, ThreatType threatType, LocalDate occurredOn) {
        String id = runtimeService.createMessageCorrelation(CaseOfConcernProcess.MESSAGE_CASE_REOPENED)
                .processInstanceBusinessKey(reference)
                .setVariables(startVariables(caseId, reference, missionId, threatType))
                .correlateStartMessage()
                .getId();
        startClock(caseId, reference, missionId, threatType, occurredOn);
        return id;
    }

    /** Ids and routing facts only; the tier is provisional until the first risk assessment. */
    private static VariableMap startVariables(UUID caseId, String reference, String missionId, ThreatType threatType) {
        return Variables.createVariables()
                .putValue(ProcessVariables.CASE_ID, caseId.toString())
                .putValue(ProcessVariables.CASE_REFERENCE, reference)
                .putValue(ProcessVariables.MISSION_ID, missionId)
                .putValue(Vars.THREAT_TYPE, threatType.name())
                .putValue(ProcessVariables.URGENCY_TIER, threatType.provisionalTier());
    }

    /**
     * The case's tier changed (a risk assessment): every running process of the case (its actions,
     * their demarches, trial observations and statements, support applications, sharings, UN
     * referrals) carries the new tier, so that the deadlines of the tasks they create from now on
     * follow it. The escalation watches are re-timed by their own message (EscalationEngine.retime).
     */
    @EventListener
    void tierChanged(UrgencyTierChanged change) {
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .variableValueEquals(ProcessVariables.CASE_ID, change.caseId().toString()).list()) {
            if (!instance.getProcessDefinitionId().startsWith(EscalationProcesses.WATCH + ":")) {
                runtimeService.setVariable(instance.getId(), ProcessVariables.URGENCY_TIER, change.urgencyTier());
            }
        }
    }

    /** Tells the case's running process that the defender's situation changed (starts a reassessment). */
    void situationChanged(String reference, SituationChange change, boolean consentLapsed) {
        runtimeService.createMessageCorrelation(CaseOfConcernProcess.MESSAGE_SITUATION_CHANGED)
                .processInstanceBusinessKey(reference)
                .setVariable(Vars.SITUATION_CHANGE, change.name())
                .setVariable(Vars.CONSENT_LAPSED, consentLapsed)
                .correlate();
    }

    /** Ends whatever of the case still runs (its planned actions and their processes): the case was closed. */
    void closeNow(String reference) {
        runtimeService.createMessageCorrelation(CaseOfConcernProcess.MESSAGE_CASE_CLOSED_NOW)
                .processInstanceBusinessKey(reference)
                .correlate();
    }

    /** Ends the case's running actions of a type (the service has recorded them as stopped). */
    void stopAction(String reference, ActionType actionType) {
        runtimeService.createMessageCorrelation(ActionProcesses.MESSAGE_ACTION_STOPPED)
                .processInstanceBusinessKey(reference)
                .processInstanceVariableEquals(ActionProcesses.ACTION_TYPE, actionType.name())
                .correlateAll();
    }

    /** Starts one more action of the case's plan beside those that run. */
    void addAction(String reference, ActionType actionType) {
        runtimeService.createMessageCorrelation(CaseOfConcernProcess.MESSAGE_ACTION_ADDED)
                .processInstanceBusinessKey(reference)
                .setVariable(Vars.ADDED_ACTION_TYPE, actionType.name())
                .correlate();
    }

    /**
     * Asks the officers of an open case to renew a consent about to expire; false if the case is not
     * running or a renewal task is already open.
     */
    boolean consentExpiring(String reference) {
        long open = taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(CaseOfConcernProcess.TASK_RENEW_CONSENT).count();
        if (open > 0) {
            return false;
        }
        return !runtimeService.createMessageCorrelation(CaseOfConcernProcess.MESSAGE_CONSENT_EXPIRING)
                .processInstanceBusinessKey(reference)
                .correlateAllWithResult().isEmpty();
    }

    /** Stops the case's public statements in progress (public consent was withdrawn). */
    void publicConsentWithdrawn(String reference) {
        // Only PublicStatement instances subscribe to this message; none running is fine.
        runtimeService.createMessageCorrelation(ActionProcesses.MESSAGE_CONSENT_WITHDRAWN)
                .processInstanceBusinessKey(reference)
                .correlateAll();
    }

    /** Completes the case's waiting task {@code taskKey} as that person would (the demo's sample cases). */
    void completeAs(String userId, Set<String> groups, String mission, String reference, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult();
        identityService.setAuthentication(userId, List.copyOf(groups), List.of(mission));
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
