package org.hrdcasework.consent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.actions.FormValues;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.InvalidInputException;
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
        List<String> actions = FormValues.strings(task.getVariable(CONSENTED_ACTIONS));
        String scope = (String) task.getVariable(CONSENT_SCOPE);
        String actor = TaskActors.actor(task);
        // The case and mission come from the engine's tenant and our tables, not from what a variable claims.
        UUID caseId = missionScope.caseId(task);
        if (caseId == null) {
            throw new IllegalStateException("Record consent without a case");
        }
        consentService.record(caseId, actions, scope,
                (String) task.getVariable(CONSENT_GIVEN_BY), date(task.getVariable(CONSENT_EXPIRES_ON)), actor);
        auditLog.record(actor, AuditEventType.CONSENT_CHANGE, MissionScope.mission(task),
                missionScope.caseReference(task), "consent recorded (" + scope + "): " + actions);
    }

    private static LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(CONSENT_EXPIRES_ON, "must be a date (yyyy-MM-dd)");
        }
    }
}
