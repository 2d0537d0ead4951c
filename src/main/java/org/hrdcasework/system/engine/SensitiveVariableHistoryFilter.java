package org.hrdcasework.system.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Keeps form fields named {@code sensitive_*} (and free-text fields under their former names,
 * {@link FreeTextFields#isKeptOutOfEngine}) out of the engine's history tables. Such fields
 * (free-text notes, drafts, names of officials) are written encrypted to our own tables when
 * the task completes and removed from the runtime in the same transaction; without this filter
 * the engine would still copy them into ACT_HI_VARINST and ACT_HI_DETAIL. Form-property events
 * (a copy of every string submitted through submit-form, as Tasklist does) are dropped whatever
 * their name: {@link CaseworkHistoryLevel} does not produce them, and this holds should a history
 * level that does ever be configured.
 */
class SensitiveVariableHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler delegate;

    SensitiveVariableHistoryFilter(HistoryEventHandler delegate) {
        this.delegate = delegate;
    }

    static boolean isSensitive(String variableName) {
        return FreeTextFields.isKeptOutOfEngine(variableName);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricFormPropertyEventEntity) {
            return;
        }
        if (event instanceof HistoricVariableUpdateEventEntity variable && isSensitive(variable.getVariableName())) {
            return;
        }
        delegate.handleEvent(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
