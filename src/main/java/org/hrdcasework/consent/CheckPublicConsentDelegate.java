package org.hrdcasework.consent;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.system.engine.MissionScope;
import org.springframework.stereotype.Component;

/** Sets publicConsentValid from the consent register at the moment the statement moves on. */
@Component
class CheckPublicConsentDelegate implements JavaDelegate {

    private final ConsentService consentService;
    /** The case (or action) must be of the instance's mission, whatever a variable says. */
    private final MissionScope missionScope;

    CheckPublicConsentDelegate(ConsentService consentService, MissionScope missionScope) {
        this.missionScope = missionScope;
        this.consentService = consentService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = missionScope.caseId(execution);
        execution.setVariable(ActionProcesses.PUBLIC_CONSENT_VALID,
                consentService.hasValidPublicConsent(caseId, ActionType.PUBLIC_STATEMENT));
    }
}
