package org.hrdcasework.actions;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/** The engine side of the hearing calendar: a postponement known before the hearing day re-times the wait. */
@Component
class HearingEngine {

    private final RuntimeService runtimeService;

    HearingEngine(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * The trial observation of {@code actionId} waits for a new hearing day: the server-set date its
     * timer reads, and the hearing date a later postponement is checked against. False when it is
     * not waiting for its hearing day (the day has come: the observer records the postponement).
     */
    boolean postpone(String missionId, UUID actionId, LocalDate postponedTo) {
        try {
            runtimeService.createMessageCorrelation(ActionProcesses.MESSAGE_HEARING_POSTPONED)
                    .tenantId(missionId)
                    .processInstanceVariableEquals(ActionProcesses.ACTION_ID, actionId.toString())
                    .setVariable(ActionProcesses.NEXT_HEARING_ON, ProcessVariables.startOf(postponedTo))
                    .setVariable(ActionProcesses.HEARING_DATE, postponedTo.toString())
                    .correlate();
            return true;
        } catch (MismatchingMessageCorrelationException notWaiting) {
            return false;
        }
    }
}
