package org.hrdcasework.cases;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.hrdcasework.actions.ActionService;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.cases.CaseOfConcernProcess.Vars;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.escalation.EscalationEngine;
import org.hrdcasework.risk.RiskAssessmentService;
import org.hrdcasework.risk.UrgencyTierChanged;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.Playbook;
import org.hrdcasework.system.engine.ProcessVariables;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.FormAnswers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The glue of processes/CaseOfConcern.bpmn, each bean named as the model calls it. Listeners read
 * the form's answers, a service records them in the same transaction as the completion (invalid
 * answers abort it, so the task stays open with a message naming the field), and the listener
 * writes back routing facts only. The case and mission always come from the instance's tenant and
 * our tables ({@link MissionScope}), never from what a variable claims.
 *
 * <p>Every user task, of this process and all others, also gets the listeners declared as
 * {@link org.hrdcasework.system.engine.EveryUserTask}: when created, a due date and an escalation
 * watch (escalation/EscalationTaskListener) and the case's stage ({@link CaseStageListener}); when
 * completed, the record of its form (records/TaskRecordListener).
 */
@Configuration(proxyBeanMethods = false)
class CaseOfConcernDelegates {

    /** "Verify report" completed: the answers go to the case tables, the outcome routes the process. */
    @Bean
    TaskListener verifyReportListener(CaseFileService cases, MissionScope missionScope) {
        return task -> {
            VerificationAnswers answers = new VerificationAnswers(
                    FormAnswers.yesNo(Vars.IS_DEFENDER, task.getVariable(Vars.IS_DEFENDER)),
                    FormAnswers.yesNo(Vars.LINKED_TO_HUMAN_RIGHTS_WORK, task.getVariable(Vars.LINKED_TO_HUMAN_RIGHTS_WORK)),
                    (String) task.getVariable(Vars.DUPLICATE_OF_REFERENCE));
            VerificationOutcome outcome = cases.recordVerification(missionScope.caseId(task), answers, TaskActors.actor(task));
            task.getExecution().setVariable(Vars.VERIFICATION_OUTCOME, outcome.name());
        };
    }

    /**
     * After the RiskTier decision: stores the assessment and the decision, and sets the routing facts
     * riskLevel, urgencyTier and reviewInterval (which times the periodic review). A changed tier
     * re-times the case's open deadlines.
     */
    @Bean
    @SuppressWarnings("unchecked")
    JavaDelegate recordRiskAssessmentDelegate(RiskAssessmentService risks, EscalationEngine escalations,
                                              ApplicationEventPublisher events, MissionScope missionScope) {
        return execution -> {
            Map<String, Object> decided = (Map<String, Object>) execution.getVariable(Vars.RISK_DECISION);
            RiskAssessmentService.Decision decision = new RiskAssessmentService.Decision(
                    (String) decided.get(Vars.RISK_LEVEL), ((Number) decided.get(ProcessVariables.URGENCY_TIER)).intValue(),
                    (String) decided.get(Vars.REVIEW_INTERVAL));
            RiskAssessmentService.Inputs inputs = new RiskAssessmentService.Inputs(
                    (String) execution.getVariable(Vars.THREAT_LEVEL), (String) execution.getVariable(Vars.VULNERABILITY_LEVEL),
                    (String) execution.getVariable(Vars.CAPACITY_LEVEL), (String) execution.getVariable(Vars.DEFENDER_STATUS));
            UUID caseId = missionScope.caseId(execution);
            risks.record(caseId, inputs, decision, TaskActors.actor(execution));
            Object previousTier = execution.getVariable(ProcessVariables.URGENCY_TIER);
            boolean tierChanged = !(previousTier instanceof Number n) || n.intValue() != decision.urgencyTier();
            if (tierChanged && previousTier instanceof Number) {
                escalations.retime(missionScope.caseReference(execution), decision.urgencyTier());
            }
            if (tierChanged) {
                events.publishEvent(new UrgencyTierChanged(caseId, decision.urgencyTier()));
            }
            execution.setVariable(Vars.RISK_LEVEL, decision.riskLevel());
            execution.setVariable(ProcessVariables.URGENCY_TIER, decision.urgencyTier());
            execution.setVariable(Vars.REVIEW_INTERVAL, decision.reviewInterval());
            execution.removeVariable(Vars.RISK_DECISION);
        };
    }


    /** "Record consent" completed: writes the whole statement to the consent register, audited. */
    @Bean
    TaskListener recordConsentListener(ConsentService consents, AuditLog auditLog, MissionScope missionScope) {
        return task -> {
            List<String> actions = FormAnswers.strings(task.getVariable(Vars.CONSENTED_ACTIONS));
            List<String> audiences = FormAnswers.strings(task.getVariable(Vars.CONSENT_AUDIENCES));
            String actor = TaskActors.actor(task);
            UUID caseId = missionScope.caseId(task);
            if (caseId == null) {
                throw new IllegalStateException("Record consent without a case");
            }
            consents.record(caseId,
                    new ConsentService.Statement(actions, audiences,
                            FormAnswers.optionalDate(Vars.CONSENT_EXPIRES_ON, task.getVariable(Vars.CONSENT_EXPIRES_ON))),
                    receipt(task), actor);
            auditLog.record(actor, AuditEventType.CONSENT_CHANGE, MissionScope.mission(task),
                    missionScope.caseReference(task), "consent recorded: " + actions + " to " + audiences);
        };
    }

    /** Who gave the consent, through which channel, and why through a proxy: the form's answers as a receipt. */
    static ConsentService.Receipt receipt(DelegateTask task) {
        return new ConsentService.Receipt((String) task.getVariable(Vars.CONSENT_GIVEN_BY),
                (String) task.getVariable(Vars.CONSENT_GIVEN_THROUGH), (String) task.getVariable(Vars.CONSENT_PROXY_REASON));
    }

    /** "Plan actions" completed: the officer's choice becomes the plannedActions collection. */
    @Bean
    TaskListener planActionsListener(ActionService actions) {
        return task -> {
            List<String> chosen = FormAnswers.strings(task.getVariable(Vars.PLANNED_ACTION_TYPES));
            boolean killed = "KILLED".equals(task.getVariable(Vars.DEFENDER_STATUS));
            task.getExecution().setVariable(Vars.PLANNED_ACTIONS,
                    actions.plan(chosen, killed, Vars.PLANNED_ACTION_TYPES).stream().map(Enum::name).toList());
        };
    }

    /** When the planned actions start, the case moves to stage ACTIONS and its protection clock stops. */
    @Bean
    ExecutionListener actionsStartedListener(CaseFileService cases, MissionScope missionScope, EscalationEngine escalations) {
        return execution -> {
            UUID caseId = missionScope.caseId(execution);
            cases.moveToStage(caseId, CaseStage.ACTIONS);
            escalations.stopCaseClock(caseId.toString());
        };
    }

    /** The case's process ended (closed, rejected, linked to another case): its protection clock stops. */
    @Bean
    ExecutionListener caseEndedListener(MissionScope missionScope, EscalationEngine escalations) {
        return execution -> {
            UUID caseId = missionScope.caseId(execution);
            if (caseId != null) {
                escalations.stopCaseClock(caseId.toString());
            }
        };
    }

    /** "Review the case" completed: validates the decision and closes the case when asked to. */
    @Bean
    TaskListener reviewCaseListener(CaseFileService cases, MissionScope missionScope) {
        return task -> {
            ReviewDecision decision = FormAnswers.choice(ReviewDecision.class, Vars.REVIEW_DECISION,
                    task.getVariable(Vars.REVIEW_DECISION));
            if (decision == ReviewDecision.CLOSE_CASE) {
                ClosureOutcome outcome = FormAnswers.choice(ClosureOutcome.class, Vars.CLOSURE_OUTCOME,
                        task.getVariable(Vars.CLOSURE_OUTCOME));
                cases.closeStoppingWhatRuns(missionScope.caseId(task), outcome, TaskActors.actor(task));
            }
        };
    }

    /** "Plan actions" created for the first plan: the first-48-hours playbook ticks its proposal by the threat reported. */
    @Bean
    TaskListener proposeFirstActionsListener(Playbook playbook) {
        return task -> {
            if (task.getExecution().hasVariable(Vars.PLANNED_ACTIONS)) {
                return; // a further plan starts from the officer's own choice
            }
            List<String> proposal = playbook.propose(Playbook.FIRST_48_HOURS, (String) task.getVariable(Vars.THREAT_TYPE), ACTION_NAMES);
            task.getExecution().setVariable(Vars.PLANNED_ACTION_TYPES, FormAnswers.json(proposal));
        };
    }

    /**
     * After a reassessment: the playbook proposes, by the change of situation, the actions not
     * already running (ticked in "Confirm plan changes"), and the next review is brought forward to
     * the new tier's interval if that is sooner.
     */
    @Bean
    JavaDelegate proposePlanChangesDelegate(Playbook playbook, ActionService actions, MissionScope missionScope, Clock clock) {
        return execution -> {
            UUID caseId = missionScope.caseId(execution);
            Set<String> running = actions.actionsOf(caseId).stream().filter(a -> a.completedAt() == null)
                    .map(a -> a.actionType().name()).collect(Collectors.toSet());
            List<String> proposal = playbook.propose(Playbook.SITUATION_CHANGED, (String) execution.getVariable(Vars.SITUATION_CHANGE),
                    ACTION_NAMES).stream().filter(a -> !running.contains(a)).toList();
            execution.setVariable(Vars.ADDED_ACTION_TYPES, FormAnswers.json(proposal));
            execution.setVariable(Vars.PLAN_CHANGE_PROPOSED, !proposal.isEmpty());

            Date reviewBy = Date.from(clock.instant().plus(Duration.parse((String) execution.getVariable(Vars.REVIEW_INTERVAL))));
            ManagementService management = execution.getProcessEngineServices().getManagementService();
            for (String timer : REVIEW_TIMERS) {
                for (Job review : management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).activityId(timer).list()) {
                    if (review.getDuedate() != null && review.getDuedate().after(reviewBy)) {
                        management.setJobDuedate(review.getId(), reviewBy);
                    }
                }
            }
        };
    }

    /** "Confirm plan changes" completed: what the officer ticked becomes confirmedActions (none: nothing starts). */
    @Bean
    TaskListener confirmPlanChangesListener(ActionService actions) {
        return task -> {
            List<String> chosen = FormAnswers.strings(task.getVariable(Vars.ADDED_ACTION_TYPES));
            task.getExecution().setVariable(Vars.CONFIRMED_ACTIONS,
                    actions.plan(chosen, false, Vars.ADDED_ACTION_TYPES).stream().map(Enum::name).toList());
        };
    }

    /** "Review the case while its actions run" completed: closing closes the case and stops what still runs. */
    @Bean
    TaskListener interimReviewListener(CaseFileService cases, MissionScope missionScope) {
        return task -> {
            InterimReviewDecision decision = FormAnswers.choice(InterimReviewDecision.class, Vars.INTERIM_REVIEW_DECISION,
                    task.getVariable(Vars.INTERIM_REVIEW_DECISION));
            if (decision == InterimReviewDecision.CLOSE_CASE) {
                ClosureOutcome outcome = FormAnswers.choice(ClosureOutcome.class, Vars.CLOSURE_OUTCOME,
                        task.getVariable(Vars.CLOSURE_OUTCOME));
                cases.closeStoppingWhatRuns(missionScope.caseId(task), outcome, TaskActors.actor(task));
            }
        };
    }

    private static final Set<String> ACTION_NAMES = Arrays.stream(ActionType.values()).map(Enum::name).collect(Collectors.toSet());
    private static final Set<String> REVIEW_TIMERS = Set.of(CaseOfConcernProcess.TIMER_NEXT_REVIEW_DUE,
            CaseOfConcernProcess.TIMER_INTERIM_REVIEW_DUE);
}
