package org.hrdcasework.system.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for the way we run it: acquiring jobs by due date (punctual
 * escalation timers) sorts ACT_RU_JOB by DUEDATE_ on every acquisition, which without an index
 * costs a full sort per poll once thousands of timers wait. Created after the engine made its
 * tables (the ProcessEngine dependency), idempotently.
 */
@Component
class EngineIndexes implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc, ProcessEngine processEngine) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        jdbc.execute("CREATE INDEX IF NOT EXISTS hrd_idx_job_acquisition ON public.act_ru_job (duedate_, priority_)");
        log.debug("Engine job acquisition index in place");
    }
}
