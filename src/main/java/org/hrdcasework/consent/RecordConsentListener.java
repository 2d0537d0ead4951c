package org.hrdcasework.consent;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.FormAnswers;
import org.springframework.stereotype.Component;

/** On completion of "Record consent": writes the consent register. */
@Component
class RecordConsentListener implements TaskListener {

    static final String CONSENTED_ACTIONS = "consentedActions";
    static final String CONSENT_SCOPE = "consentScope";
    static final String CONSENT_GIVEN_BY = "consentGivenBy";
    static final String CONSENT_EXPIRES_ON = "consentExpiresOn";

    private final ConsentService consentService;
    private final AuditLog auditLog;
    private final MissionScope missionScope;

    RecordConsentListener(ConsentService consentService, AuditLog auditLog, MissionScope missionScope) {
        this.missionScope = missionScope;
        this.consentService = consentService;
        this.auditLog = auditLog;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> actions = FormAnswers.strings(task.getVariable(CONSENTED_ACTIONS));
        String scope = (String) task.getVariable(CONSENT_SCOPE);
        String actor = TaskActors.actor(task);
        // The case and mission come from the engine's tenant and our tables, not from what a variable claims.
        UUID caseId = missionScope.caseId(task);
        if (caseId == null) {
            throw new IllegalStateException("Record consent without a case");
        }
        consentService.record(caseId, actions, scope,
                (String) task.getVariable(CONSENT_GIVEN_BY), FormAnswers.optionalDate(CONSENT_EXPIRES_ON, task.getVariable(CONSENT_EXPIRES_ON)), actor);
        auditLog.record(actor, AuditEventType.CONSENT_CHANGE, MissionScope.mission(task),
                missionScope.caseReference(task), "consent recorded (" + scope + "): " + actions);
    }

}
