package org.hrdcasework.actions;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hrdcasework.consent.Audience;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.reprisals.ReprisalWatches;
import org.hrdcasework.reprisals.VisibleEngagement;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.FourEyes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine glue of processes/PublicStatement: the consent check (before clearance and again at
 * publication), and the statement's ends, published or stopped for lack of consent (before
 * clearance, at publication, or withdrawn). Each end records the outcome on the action and sets
 * actionOutcome.
 */
@Configuration(proxyBeanMethods = false)
class PublicStatementDelegates {

    private static final Map<String, String> STOP_OUTCOME_OF_TASK = Map.of(
            ActionProcesses.TASK_STOP_WITHOUT_CONSENT, ActionProcesses.OUTCOME_STOPPED_NO_CONSENT,
            ActionProcesses.TASK_STOP_CONSENT_LAPSED, ActionProcesses.OUTCOME_STOPPED_CONSENT_LAPSED,
            ActionProcesses.TASK_STOP_CONSENT_WITHDRAWN, ActionProcesses.OUTCOME_STOPPED_CONSENT_WITHDRAWN);

    /** Sets publicConsentValid from the consent register at the moment the statement moves on. */
    @Bean
    JavaDelegate checkPublicConsentDelegate(ConsentService consentService, MissionScope missionScope) {
        return execution -> execution.setVariable(ActionProcesses.PUBLIC_CONSENT_VALID,
                consentService.permits(missionScope.caseId(execution), ActionType.PUBLIC_STATEMENT, Audience.PUBLIC));
    }

    @Bean
    JavaDelegate stopStatementDelegate(ActionService actionService) {
        return execution -> record(execution, actionService, STOP_OUTCOME_OF_TASK.get(execution.getCurrentActivityId()));
    }

    /** Published: the defender's link to the mission is now public, so a reprisal watch opens on the case. */
    @Bean
    JavaDelegate markStatementPublishedDelegate(ActionService actionService, ReprisalWatches reprisalWatches,
                                                MissionScope missionScope, Clock clock) {
        return execution -> {
            record(execution, actionService, ActionProcesses.OUTCOME_PUBLISHED);
            reprisalWatches.open(missionScope.caseId(execution), VisibleEngagement.PUBLIC_STATEMENT,
                    missionScope.actionId(execution).toString(), clock.instant());
        };
    }

    private static void record(DelegateExecution execution, ActionService actionService, String outcome) {
        if (outcome == null) {
            throw new IllegalStateException("No statement outcome for activity " + execution.getCurrentActivityId());
        }
        actionService.recordOutcome(MissionScope.ownRow(execution, ActionProcesses.ACTION_ID, MissionScope.Owned.ACTION), outcome);
        execution.setVariable(ActionProcesses.ACTION_OUTCOME, outcome);
    }

    /** Whoever drafted the statement can never clear it. */
    @Bean
    FourEyes statementFourEyes() {
        return new FourEyes(ActionProcesses.TASK_DRAFT_STATEMENT, ActionProcesses.TASK_CLEAR_STATEMENT, "statement");
    }
}
