package org.hrdcasework.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.escalation.EscalationProcesses;
import org.junit.jupiter.api.Test;

/**
 * What completing a task looks up must be found by index, not by reading all open work. It
 * correlates "work completed" to the escalation watch of that task by its
 * {@code watchedTaskId} variable. The engine's query for it must be able to find the watch by the
 * index on that variable, not by reading every open watch's variables (which made each Tasklist
 * submit take 470 ms more at 100,000 open cases).
 */
class CompletionIndexTests extends ProcessTestSupport {

    /** The engine's query behind {@code createMessageCorrelation(...).processInstanceVariableEquals(...)}, as it logs it. */
    private static final String CORRELATION = "select distinct RES.* from ACT_RU_EXECUTION RES inner join ACT_RE_PROCDEF P"
            + " on RES.PROC_DEF_ID_ = P.ID_ WHERE RES.SUSPENSION_STATE_ = 1 and EXISTS ( select ID_ from ACT_RU_VARIABLE"
            + " WHERE NAME_= '" + EscalationProcesses.WATCHED_TASK_ID + "' and TASK_ID_ is null and RES.PROC_INST_ID_ = PROC_INST_ID_"
            + " and ( ( TYPE_ is not null and TYPE_ = 'string' and TEXT_ is not null and TEXT_ = 'some-task-id' ) ) )"
            + " and exists (select ID_ from ACT_RU_EVENT_SUBSCR EVT where EVT.EXECUTION_ID_ = RES.ID_ and EVT.EVENT_TYPE_ = 'message'"
            + " and EVT.EVENT_NAME_ = '" + EscalationProcesses.MESSAGE_WORK_COMPLETED + "' )"
            + " and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in ( 'mission-alpha' ) ) order by RES.ID_ asc LIMIT 2147483647 OFFSET 0";

    @Test
    void theCorrelationToATasksWatchCanUseTheWatchedTaskIndex() {
        // On a small test database a scan is as cheap as any index: take scans off the table to see
        // whether the index matches the engine's query at all.
        String plan = QueryPlans.explain(jdbc, CORRELATION, "enable_seqscan = off", "enable_bitmapscan = off");
        assertThat(plan).contains("Index Scan using " + EngineIndexes.WATCHED_TASK_INDEX + " on act_ru_variable");
    }

    /** Completing a task looks for its subtasks first: by index, not by reading every open task. */
    @Test
    void theSubtaskLookupOfEveryCompletionCanUseTheParentTaskIndex() {
        String plan = QueryPlans.explain(jdbc, "SELECT * FROM act_ru_task WHERE parent_task_id_ = 'a-task'", "enable_seqscan = off");
        assertThat(plan).contains(EngineIndexes.SUBTASK_INDEX).doesNotContain("Seq Scan");
    }
}
