package org.hrdcasework.engagements;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.ProcessVariables;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine glue of processes/HighLevelEngagement: thin delegates over {@link EngagementService}. */
@Configuration(proxyBeanMethods = false)
class HighLevelEngagementDelegates {

    /** Takes the pack's snapshot; the case references become the options of the outcome form's checklist. */
    @Bean
    JavaDelegate compileBriefingPackDelegate(EngagementService service) {
        return execution -> {
            List<EngagementService.CaseOption> options = service.compilePack(engagementId(execution));
            EngagementEngine.setOptions(execution, EngagementProcesses.PACK_CASE_OPTIONS, EngagementProcesses.PACK_CASE_COUNT, options);
        };
    }

    @Bean
    JavaDelegate markEngagementBriefedDelegate(EngagementService service) {
        return execution -> service.moveTo(engagementId(execution), EngagementStatus.BRIEFED);
    }

    /** Records the raised cases; the ones needing a follow-up become the follow-up tasks' collection. */
    @Bean
    JavaDelegate markRaisedCasesDelegate(EngagementService service) {
        return execution -> {
            boolean override = Boolean.TRUE.equals(execution.getVariable(EngagementProcesses.RAISED_AGAINST_ADVICE));
            if (override && !actsAsSeniorOfficial(execution)) {
                // However the outcome task reached them (reassigned, delegated): the override is a senior official's.
                throw new InvalidInputException(EngagementProcesses.RAISED_AGAINST_ADVICE,
                        "only a senior official may record a case as raised against the briefing advice");
            }
            List<String> followUps = service.recordOutcome(engagementId(execution),
                    FormAnswers.strings(execution.getVariable(EngagementProcesses.CASES_RAISED)),
                    Boolean.TRUE.equals(execution.getVariable(EngagementProcesses.STATE_ANSWERED)),
                    Boolean.TRUE.equals(execution.getVariable(EngagementProcesses.FOLLOW_UP_NEEDED)),
                    override,
                    execution.getVariable(EngagementProcesses.RAISE_AGAINST_ADVICE_REASON) instanceof String reason ? reason : null,
                    TaskActors.actor(execution));
            execution.setVariable(EngagementProcesses.FOLLOW_UP_CASE_REFERENCES, followUps);
            execution.setVariable(EngagementProcesses.FOLLOW_UP_COUNT, followUps.size());
        };
    }

    private static boolean actsAsSeniorOfficial(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getGroupIds() != null
                && authentication.getGroupIds().contains(Roles.SENIOR_OFFICIALS);
    }

    @Bean
    JavaDelegate closeEngagementDelegate(EngagementService service) {
        return execution -> service.moveTo(engagementId(execution), EngagementStatus.CLOSED);
    }

    @Bean
    JavaDelegate cancelEngagementDelegate(EngagementService service) {
        return execution -> service.moveTo(engagementId(execution), EngagementStatus.CANCELLED);
    }

    /**
     * Each follow-up task is about one raised case: its caseId, and the case's tier, become local
     * variables of the instance, so the task is recorded (and escalated) on that case too.
     */
    @Bean
    ExecutionListener followUpCaseListener(EngagementService service) {
        return execution -> {
            // The multi-instance element variable is local to the instance's parent execution.
            String reference = (String) execution.getVariable(ProcessVariables.CASE_REFERENCE);
            PackEntry entry = service.packEntry(engagementId(execution), reference);
            execution.setVariableLocal(ProcessVariables.CASE_REFERENCE, reference);
            execution.setVariableLocal(ProcessVariables.CASE_ID, entry.caseId().toString());
            execution.setVariableLocal(ProcessVariables.URGENCY_TIER, entry.urgencyTier());
            // Declared here so that each instance's answer stays with its instance.
            execution.setVariableLocal(EngagementProcesses.FOLLOW_UP_ACTION, null);
            execution.setVariableLocal(EngagementProcesses.FOLLOW_UP_ROUTE, null);
        };
    }

    /** "Follow up a raised case" completed: checks the answer and sets the route (a demarche needs the case's plan in force). */
    @Bean
    TaskListener followUpActionListener(CaseFileService cases) {
        return task -> {
            FollowUpAction action = FormAnswers.choice(FollowUpAction.class, EngagementProcesses.FOLLOW_UP_ACTION,
                    task.getVariable(EngagementProcesses.FOLLOW_UP_ACTION));
            if (action == FollowUpAction.DEMARCHE) {
                cases.requirePlanInForce(caseId(task), EngagementProcesses.FOLLOW_UP_ACTION);
            }
            task.getExecution().setVariable(EngagementProcesses.FOLLOW_UP_ROUTE, action.route());
        };
    }

    /** The follow-up asked for a demarche: it starts on the case beside its running actions. */
    @Bean
    JavaDelegate startFollowUpDemarcheDelegate(CaseFileService cases) {
        return execution -> cases.addActionToPlan(caseId(execution), ActionType.DEMARCHE);
    }

    private static UUID caseId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(ProcessVariables.CASE_ID));
    }

    private static UUID engagementId(DelegateExecution execution) {
        // The engagement must be of the instance's mission, whatever the variable says.
        return MissionScope.ownRow(execution, EngagementProcesses.ENGAGEMENT_ID, MissionScope.Owned.ENGAGEMENT);
    }
}
