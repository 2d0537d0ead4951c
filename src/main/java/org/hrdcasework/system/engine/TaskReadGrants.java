package org.hrdcasework.system.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings the grants of tasks opened before {@link CaseworkAuthorizations} in line with it, at each
 * start: a task's own grant (to its candidates or assignee) keeps the right to work on it and loses
 * READ, which the groups hold for every task of their missions. Idempotent; touches only grants
 * (TYPE_ 1) on one task each (RESOURCE_TYPE_ 7 = task, not '*').
 */
@Component
class TaskReadGrants implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(TaskReadGrants.class);
    private static final int TASK = 7;
    private static final int GRANT = 1;
    private static final int READ = 2;

    private final JdbcTemplate jdbc;

    TaskReadGrants(JdbcTemplate jdbc, ProcessEngine processEngine) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        int updated = jdbc.update("UPDATE public.act_ru_authorization SET perms_ = perms_ & ~?, rev_ = rev_ + 1 "
                + "WHERE resource_type_ = ? AND type_ = ? AND resource_id_ <> '*' AND perms_ <> ? AND perms_ & ? = ?", READ, TASK, GRANT, Integer.MAX_VALUE, READ, READ);
        if (updated > 0) {
            jdbc.execute("ANALYZE public.act_ru_authorization");
            log.info("Task grants of {} open task(s) now give the right to work on the task, not to see it", updated);
        }
    }
}
