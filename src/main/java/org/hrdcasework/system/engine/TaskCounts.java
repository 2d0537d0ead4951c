package org.hrdcasework.system.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;

/**
 * The engine counts tasks as {@code COUNT(*) FROM (SELECT DISTINCT RES.ID_ ...)} because its joins
 * (candidate identity links, the authorization join, a variable to sort by) can repeat a task. Without
 * them each task is one row, and removing duplicates is about half of a count's time (0.6 µs per
 * visible task on this machine). This installs the engine's own statement in its place, with the same
 * criteria, tenant and authorization checks, that drops {@code DISTINCT} exactly when no such join is
 * in the query (ADR 0010). Installed for PostgreSQL, the only database the application runs on.
 */
public final class TaskCounts {

    static final String ENGINE_STATEMENT = "selectTaskCountByQueryCriteria";
    static final String STATEMENT = "org.hrdcasework.system.engine.TaskCounts.hrdSelectTaskCountByQueryCriteria";
    private static final String MAPPER = "engine/task-counts.xml";
    // (outside org/hrdcasework: the application's own MyBatis loads every mapper there, and this one
    // only parses beside the engine's)

    private TaskCounts() {
    }

    /**
     * Whether the query's SQL holds a task at most once: no identity-link join (candidate and involved
     * criteria), no authorization join, no join for sorting. Read by the statement itself.
     */
    public static boolean oneRowPerTask(TaskQueryImpl query) {
        AuthorizationCheck check = query.getAuthCheck();
        if (check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null && !check.isRevokeAuthorizationCheckEnabled()) {
            return false;
        }
        for (TaskQueryImpl part : query.getQueries()) {
            if (part.getCandidateUser() != null || part.getCandidateGroupsInternal() != null || part.getCandidateGroup() != null
                    || part.getCandidateGroupLike() != null || part.getInvolvedUser() != null
                    || part.isWithCandidateGroups() || part.isWithCandidateUsers()
                    || part.isWithoutCandidateGroups() || part.isWithoutCandidateUsers()) {
                return false;
            }
        }
        for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
            if (ordering.getRelation() != null) {
                return false;
            }
        }
        return true;
    }

    static void install(ProcessEngineConfigurationImpl engine) {
        Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
        if (!mybatis.hasStatement(STATEMENT)) {
            try (InputStream mapper = TaskCounts.class.getClassLoader().getResourceAsStream(MAPPER)) {
                if (mapper == null) {
                    throw new IllegalStateException(MAPPER + " is missing from the application");
                }
                new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        AuthorizedGroupIds.mapStatement(engine, ENGINE_STATEMENT, STATEMENT);
    }
}
