package org.hrdcasework.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.deadlines.DeadlinePolicy;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.engine.ModelRules;
import org.hrdcasework.system.engine.PolicyAnswers;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The escalation feature's one way to the engine: reads the policy table, starts and re-times watches, and
 * performs an escalation's side effects exactly once per (task, level).
 */
@Component
public class EscalationEngine {

    static final String POLICY_DECISION = "EscalationPolicy";
    static final String LADDER_DECISION = "EscalationLadder";

    private final PolicyAnswers<Optional<DeadlinePolicy.Rule>> rules = new PolicyAnswers<>();
    private final PolicyAnswers<Integer> ladder = new PolicyAnswers<>();
    private final PolicyAnswers<String> recipients = new PolicyAnswers<>();

    private final DecisionService decisionService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final DeadlinePolicy deadlinePolicy;
    private final EscalationService escalationService;
    private final EscalationNotifier notifier;

    EscalationEngine(DecisionService decisionService, RuntimeService runtimeService, TaskService taskService,
                      IdentityService identityService, DeadlinePolicy deadlinePolicy, EscalationService escalationService,
                      EscalationNotifier notifier) {
        this.decisionService = decisionService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.deadlinePolicy = deadlinePolicy;
        this.escalationService = escalationService;
        this.notifier = notifier;
    }

    /** The escalation deadlines of a waiting task by the policy table, if the table covers it. */
    public Optional<DeadlinePolicy.Deadlines> deadlines(String taskKey, Integer urgencyTier, Instant createdAt,
                                                        LocalDate hearingDate) {
        return rule(taskKey, urgencyTier).map(rule -> deadlinePolicy.deadlines(rule, createdAt, hearingDate));
    }

    /** The policy's row for (task, tier), kept a minute ({@link PolicyAnswers}). */
    private Optional<DeadlinePolicy.Rule> rule(String taskKey, Integer urgencyTier) {
        return rules.get(taskKey + "|" + urgencyTier, () -> {
            DmnDecisionRuleResult result = decisionService.evaluateDecisionTableByKey(POLICY_DECISION,
                    Variables.createVariables().putValue("taskKey", taskKey).putValue(ProcessVariables.URGENCY_TIER, urgencyTier))
                    .getFirstResult();
            return result == null ? Optional.empty()
                    : Optional.of(new DeadlinePolicy.Rule(result.getEntry("anchor"), result.getEntry("level1"),
                            result.getEntry("level2"), result.getEntry("level3"), Boolean.TRUE.equals(result.getEntry("workingDays"))));
        });
    }

    /**
     * The first escalation level of a task its groups own at the case's tier (processes/EscalationPolicy.dmn,
     * decision EscalationLadder): the lowest level any of them starts at; 1 when the task names no group.
     * Kept a minute per group and tier, as the policy is.
     */
    int firstLevel(Collection<String> ownerGroups, Integer urgencyTier) {
        int first = 3;
        for (String group : ownerGroups.isEmpty() ? List.of("") : ownerGroups) {
            int level = ladder.get(group + "|" + urgencyTier, () -> {
                DmnDecisionRuleResult result = decisionService.evaluateDecisionTableByKey(LADDER_DECISION, Variables.createVariables()
                        .putValue("ownerGroup", group).putValue(ProcessVariables.URGENCY_TIER, urgencyTier)).getFirstResult();
                Object answer = result == null ? null : result.getEntry("firstLevel");
                return answer instanceof Number n ? Math.max(1, Math.min(3, n.intValue())) : 1;
            });
            first = Math.min(first, level);
        }
        return first;
    }

    /**
     * The group of the mission that receives escalation {@code level} (processes/EscalationPolicy.dmn, decision
     * EscalationRecipients), kept a minute as the policy is. The deployment guard admits only the groups allowed to
     * receive escalations; an answer outside them (or none) fails the escalation rather than hand it to anyone else.
     */
    String recipientGroup(int level) {
        return recipients.get(String.valueOf(level), () -> {
            DmnDecisionRuleResult result = decisionService.evaluateDecisionTableByKey(ModelRules.ESCALATION_RECIPIENTS,
                    Variables.createVariables().putValue("level", level)).getSingleResult();
            Object group = result == null ? null : result.getEntry(ModelRules.RECIPIENT_GROUP);
            if (!(group instanceof String name) || !Roles.MAY_RECEIVE_ESCALATIONS.contains(name)) {
                throw new IllegalStateException("processes/EscalationPolicy.dmn (decision " + ModelRules.ESCALATION_RECIPIENTS
                        + ") names " + (group == null ? "no group" : "'" + group + "'") + " for escalation level " + level
                        + "; escalations may only go to one of " + Roles.MAY_RECEIVE_ESCALATIONS);
            }
            return name;
        });
    }

    /** Forgets the policy tables' kept answers (a test that deploys a new table and will not wait the minute). */
    public void forgetPolicyAnswers() {
        rules.forget();
        ladder.forget();
        recipients.forget();
    }

    /** Starts watching a case task: it escalates level by level until it is completed. */
    void watch(String businessKey, VariableMap variables) {
        runtimeService.startProcessInstanceByKey(EscalationProcesses.WATCH, businessKey, variables);
    }

    /**
     * Starts the case's protection clock: a watch of the case itself (no task), counted from the
     * incident, with the deadlines of the policy's {@code CaseClock} rules for the case's tier and
     * its ladder's start for {@code case-clock}. It runs until the first action starts or the case
     * ends ({@link #stopCaseClock}); a tier change re-times it like every watch of the case.
     */
    public void startCaseClock(String caseReference, String caseId, String missionId, int urgencyTier, Instant incident) {
        watch(caseReference, Variables.createVariables()
                .putValue(ProcessVariables.CASE_ID, caseId)
                .putValue(ProcessVariables.CASE_REFERENCE, caseReference)
                .putValue(ProcessVariables.MISSION_ID, missionId)
                .putValue(EscalationProcesses.WATCHED_TASK_ID, caseClockId(caseId))
                .putValue(EscalationProcesses.STAGE, EscalationProcesses.CASE_CLOCK)
                .putValue(ProcessVariables.URGENCY_TIER, urgencyTier)
                .putValue(EscalationProcesses.CREATED_AT, incident.toString())
                .putValue(EscalationProcesses.NEXT_LEVEL, firstLevel(List.of(EscalationProcesses.CASE_CLOCK_OWNER), urgencyTier)));
    }

    /** A running case clock: when the first action is due (the policy's level 1) and the next escalation. */
    public record CaseClock(Instant firstActionDue, Instant nextEscalationAt, int nextLevel) {
    }

    /** The case's running protection clock, if any (it stops at the first action or the case's end). */
    public Optional<CaseClock> caseClock(String caseId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcesses.WATCH)
                .variableValueEquals(EscalationProcesses.WATCHED_TASK_ID, caseClockId(caseId)).active().list().stream()
                .findFirst().map(watch -> {
                    Map<String, Object> v = runtimeService.getVariables(watch.getId());
                    Integer tier = v.get(ProcessVariables.URGENCY_TIER) instanceof Number n ? n.intValue() : null;
                    Instant incident = Instant.parse((String) v.get(EscalationProcesses.CREATED_AT));
                    int next = v.get(EscalationProcesses.NEXT_LEVEL) instanceof Number n ? n.intValue() : 1;
                    Instant firstActionDue = deadlines(EscalationProcesses.CASE_CLOCK, tier, incident, null)
                            .map(DeadlinePolicy.Deadlines::level1).orElse(null);
                    Instant nextAt = next > 3 || v.get(EscalationProcesses.NEXT_DUE_AT) == null ? null
                            : Instant.parse((String) v.get(EscalationProcesses.NEXT_DUE_AT));
                    return new CaseClock(firstActionDue, nextAt, next);
                });
    }

    /** The case's first action started, or the case ended: its clock stops and its escalations are resolved. */
    public void stopCaseClock(String caseId) {
        workCompleted(caseClockId(caseId));
    }

    /** The watched-task id of a case's clock: the escalation table's key for it. */
    static String caseClockId(String caseId) {
        return EscalationProcesses.CASE_CLOCK_PREFIX + caseId;
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
                .setVariable(ProcessVariables.URGENCY_TIER, urgencyTier)
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
     * The side effects of a fired deadline: the record and, after commit, the mail. Returns the new
     * escalation's id, or empty when this (task, level) was already escalated (a timer fired twice,
     * another node was faster): then nothing else happens. The handling task is the model's part.
     */
    public Optional<UUID> escalate(EscalationService.Escalation escalation) {
        String group = recipientGroup(escalation.level());
        Optional<UUID> created = escalationService.recordOnce(escalation);
        created.ifPresent(id -> notifier.notifyAfterCommit(escalation, group, () -> identityService.createUserQuery()
                .memberOfGroup(group).memberOfTenant(escalation.missionId()).list().stream()
                .map(User::getEmail).filter(Objects::nonNull).filter(mail -> !mail.isBlank()).toList()));
        return created;
    }

    /** An escalation handler gave the watched task to another person; false if they are not of the mission. */
    boolean reassign(String taskId, String userId, String missionId) {
        if (identityService.createUserQuery().userId(userId).memberOfTenant(missionId).count() == 0) {
            return false;
        }
        taskService.setAssignee(taskId, userId);
        return true;
    }
}
