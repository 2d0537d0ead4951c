package org.hrdcasework.actions;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.consent.Audience;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.system.engine.Cadences;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine glue of processes/CaseAction: opens and closes the action's record around the call
 * activity that carries it out, and checks the consent register when a demarche is delivered.
 */
@Configuration(proxyBeanMethods = false)
class CaseActionDelegates {

    /** The case (or action) must be of the instance's mission, whatever a variable says. */
    private final MissionScope missionScope;

    CaseActionDelegates(MissionScope missionScope) {
        this.missionScope = missionScope;
    }

    /** Opens the action's record and sets actionId. */
    @Bean
    JavaDelegate startActionDelegate(ActionService actionService) {
        return execution -> {
            UUID caseId = missionScope.caseId(execution);
            ActionType type = ActionType.valueOf((String) execution.getVariable(ActionProcesses.ACTION_TYPE));
            execution.setVariable(ActionProcesses.ACTION_ID, actionService.start(caseId, type).toString());
        };
    }

    /** Closes the action's record once reported and fed back: completed, or stopped by its outcome. */
    @Bean
    JavaDelegate completeActionDelegate(ActionService actionService) {
        return execution -> {
            Object outcome = execution.getVariable(ActionProcesses.ACTION_OUTCOME);
            actionService.finish(missionScope.actionId(execution), outcome == null ? null : outcome.toString());
        };
    }

    /**
     * "Deliver the demarche" completed: a demarche that names the defender is delivered only with
     * the defender's standing consent to a demarche before the host state, checked at this moment
     * (consent may have been refused, withdrawn, lapsed or expired since the plan).
     */
    @Bean
    TaskListener deliverDemarcheListener(ConsentService consents, Cadences cadences) {
        return task -> {
            boolean namesDefender = FormAnswers.yesNo(ActionProcesses.NAMES_DEFENDER, task.getVariable(ActionProcesses.NAMES_DEFENDER));
            if (namesDefender && !consents.permits(missionScope.caseId(task), ActionType.DEMARCHE, Audience.HOST_STATE)) {
                throw new InvalidInputException(ActionProcesses.NAMES_DEFENDER, "the defender has not consented to being named "
                        + "to the host state in a demarche; deliver it without the name, or record the defender's consent first");
            }
            // The reply's clocks, from the designers' table as the wait for the reply begins.
            task.getExecution().setVariable(ActionProcesses.DEMARCHE_CHASE_AFTER, cadences.isoDays(Cadences.DEMARCHE_CHASE));
            task.getExecution().setVariable(ActionProcesses.DEMARCHE_RAISE_AFTER, cadences.isoDays(Cadences.DEMARCHE_RAISE));
        };
    }

    /** The name under which a missing consent is reported: it is no field of the form but of the case's register. */
    static final String CONSENT = "consent";
}
