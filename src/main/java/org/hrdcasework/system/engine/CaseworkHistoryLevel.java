package org.hrdcasework.system.engine;

import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Full history (instances, activities, tasks, variables' latest values, incidents, decisions,
 * the user operation log) without three kinds of rows: the per-update copies of variables and
 * the form-property copies of every string a form submits (both ACT_HI_DETAIL: one more copy of
 * every value, free text included, which data minimisation and the encryption of notes forbid)
 * and the job log (ACT_HI_JOB_LOG: two to three rows per job, which made escalation at scale
 * CPU-bound). Failed jobs still show as incidents. See docs/adr/0006.
 */
class CaseworkHistoryLevel extends HistoryLevelFull {

    static final String NAME = "casework";
    static final int ID = 35;

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
                // Tasklist submits forms through submit-form, whose form handler copies every submitted
                // string (sensitive_* notes included) into ACT_HI_DETAIL as a form property.
                || eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE
                || eventType == HistoryEventTypes.JOB_CREATE || eventType == HistoryEventTypes.JOB_FAIL
                || eventType == HistoryEventTypes.JOB_SUCCESS || eventType == HistoryEventTypes.JOB_DELETE) {
            return false;
        }
        return super.isHistoryEventProduced(eventType, entity);
    }
}
