package org.hrdcasework.consent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.actions.FormValues;
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

    RecordConsentListener(ConsentService consentService) {
        this.consentService = consentService;
    }

    @Override
    public void notify(DelegateTask task) {
        consentService.record(UUID.fromString((String) task.getVariable("caseId")),
                FormValues.strings(task.getVariable(CONSENTED_ACTIONS)),
                (String) task.getVariable(CONSENT_SCOPE), (String) task.getVariable(CONSENT_GIVEN_BY),
                date(task.getVariable(CONSENT_EXPIRES_ON)), TaskActors.actor(task));
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
