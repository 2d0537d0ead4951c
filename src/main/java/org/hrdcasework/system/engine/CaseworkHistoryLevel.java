package org.hrdcasework.system.engine;

import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Full history (instances, activities, tasks, variables' latest values, incidents, decisions,
 * the user operation log) without two kinds of rows: the per-update copies of variables
 * (ACT_HI_DETAIL: one more copy of every value, which data minimisation argues against) and the
 * job log (ACT_HI_JOB_LOG: two to three rows per job, which made escalation at scale CPU-bound).
 * Failed jobs still show as incidents. See docs/adr/0006.
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
                || eventType == HistoryEventTypes.JOB_CREATE || eventType == HistoryEventTypes.JOB_FAIL
                || eventType == HistoryEventTypes.JOB_SUCCESS || eventType == HistoryEventTypes.JOB_DELETE) {
            return false;
        }
        return super.isHistoryEventProduced(eventType, entity);
    }
}
