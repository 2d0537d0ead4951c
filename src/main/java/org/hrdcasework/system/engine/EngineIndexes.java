package org.hrdcasework.system.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the engine's schema lacks for the way we run it, created after the engine made its tables
 * (the ProcessEngine dependency), idempotently:
 * <ul>
 *   <li>An index for acquiring jobs by due date (punctual escalation timers): without it every
 *   acquisition sorts ACT_RU_JOB by DUEDATE_ once thousands of timers wait.</li>
 *   <li>An index on tasks' due dates: Tasklist's filters list "oldest due first", and without it
 *   every page of 15 tasks sorted all open tasks (10,000 open tasks: 6.1 s).</li>
 *   <li>An index on the watched task's id among the escalation watches' variables: completing any
 *   task correlates "work completed" to the watch whose {@code watchedTaskId} is that task, and
 *   without it every completion read all open watches' variables (100,000 open cases: 470 ms of
 *   each Tasklist submit, and the escalation burst slowed likewise). Partial, so that only those
 *   36-character ids are indexed.</li>
 *   <li>An index on tasks' parent task: completing any task deletes it, and the engine first looks
 *   for its subtasks by {@code PARENT_TASK_ID_}, which no index of the engine serves: every
 *   completion read all open tasks (100,000 open tasks: up to 120 ms of each submit; 0.1 ms with
 *   it). Partial: our models make no subtasks.</li>
 *   <li>Two partial indexes that find the grants a person's query can use without reading the
 *   grant of every open task: each such query first selects the person's authorizations by
 *   {@code (RESOURCE_TYPE_ = 7 AND PERMS_ & 2 = 2) OR (RESOURCE_TYPE_ = <other> AND ...)}, and
 *   tasks' own grants (one per open task, without READ: ADR 0010) made that a scan of the whole
 *   table (47,000 grants: 176 ms of every Tasklist list and count; 0.1 ms with them).</li>
 *   <li>Statistics on the permission bits of ACT_RU_AUTHORIZATION. Every query made with the
 *   authorization check on joins its rows to the authorizations filtered by
 *   {@code PERMS_ & <bit> = <bit>}; PostgreSQL has no statistics for such an expression and guesses
 *   that it keeps 0.5% of the rows. With a candidate-group authorization per open task that guess
 *   is off by the number of open tasks, and once the table is analysed the planner materialises
 *   the authorizations and compares every task with every one of them: Tasklist's counts then grow
 *   with the square of the open work (3,000 open tasks: 9 million comparisons, 1.7 s). With these
 *   statistics it looks each task's authorizations up by index (3,000 open tasks: 52 ms).</li>
 * </ul>
 */
@Component
class EngineIndexes implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);
    /** The engine's permissions are single bits of PERMS_ (READ = 2 ... up to the highest resource-specific one). */
    static final int PERMISSION_BITS = 24;
    static final String WATCHED_TASK_INDEX = "hrd_idx_variable_watched_task";
    static final String TASK_READ_GRANTS_INDEX = "hrd_idx_auth_task_read";
    static final String SUBTASK_INDEX = "hrd_idx_task_parent";
    static final String OTHER_GRANTS_INDEX = "hrd_idx_auth_other_resources";
    /** The escalation watch's variable naming its task (escalation/EscalationProcesses.WATCHED_TASK_ID; the index's test correlates through it). */
    static final String WATCHED_TASK_VARIABLE = "watchedTaskId";

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc, ProcessEngine processEngine) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        jdbc.execute("CREATE INDEX IF NOT EXISTS hrd_idx_job_acquisition ON public.act_ru_job (duedate_, priority_)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS hrd_idx_task_due ON public.act_ru_task (due_date_)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS " + WATCHED_TASK_INDEX + " ON public.act_ru_variable (text_) WHERE name_ = '"
                + WATCHED_TASK_VARIABLE + "' AND task_id_ IS NULL");
        jdbc.execute("CREATE INDEX IF NOT EXISTS " + SUBTASK_INDEX + " ON public.act_ru_task (parent_task_id_) "
                + "WHERE parent_task_id_ IS NOT NULL");
        jdbc.execute("CREATE INDEX IF NOT EXISTS " + TASK_READ_GRANTS_INDEX + " ON public.act_ru_authorization ((perms_ & 2)) "
                + "WHERE resource_type_ = 7");
        jdbc.execute("CREATE INDEX IF NOT EXISTS " + OTHER_GRANTS_INDEX + " ON public.act_ru_authorization (resource_type_) "
                + "WHERE resource_type_ <> 7");
        try {
            for (int bit = 0; bit < PERMISSION_BITS; bit++) {
                int permission = 1 << bit;
                jdbc.execute("CREATE STATISTICS IF NOT EXISTS public.hrd_stat_auth_perm_" + permission
                        + " ON (perms_ & " + permission + ") FROM public.act_ru_authorization");
            }
            jdbc.execute("ANALYZE public.act_ru_authorization");
        } catch (DataAccessException e) {
            // Statistics on expressions need PostgreSQL 14 or later.
            log.warn("Permission statistics could not be created (PostgreSQL 14 or later needed): Tasklist counts will slow "
                    + "down with the square of the open tasks", e);
        }
        log.debug("Engine job acquisition and due date indexes and permission statistics in place");
    }
}
