package org.hrdcasework.system.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * Every engine command made for a signed-in person first asks which groups hold any authorization
 * ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}), to drop the person's other groups
 * from its checks. That reads the whole table, which holds a grant per open task: at 100,000 open
 * tasks 15 ms of every task form, submit and list. The same answer walks the engine's
 * {@code GROUP_ID_} index one group at a time (a loose index scan): a few index probes, whatever the
 * open work. Installed in place of the engine's statement, for PostgreSQL (ADR 0010).
 */
final class AuthorizedGroupIds {

    static final String ENGINE_STATEMENT = "selectAuthorizedGroupIds";
    static final String STATEMENT = "hrdSelectAuthorizedGroupIdsByIndex";
    static final String SQL = """
            WITH RECURSIVE authorized(group_id) AS (
              (SELECT group_id_ FROM act_ru_authorization WHERE group_id_ IS NOT NULL ORDER BY group_id_ LIMIT 1)
              UNION ALL
              SELECT (SELECT a.group_id_ FROM act_ru_authorization a WHERE a.group_id_ > authorized.group_id
                      ORDER BY a.group_id_ LIMIT 1)
              FROM authorized WHERE authorized.group_id IS NOT NULL)
            SELECT group_id FROM authorized WHERE group_id IS NOT NULL""";

    private AuthorizedGroupIds() {
    }

    static void install(ProcessEngineConfigurationImpl engine) {
        Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
        if (!mybatis.hasStatement(STATEMENT)) {
            ResultMap groupIds = new ResultMap.Builder(mybatis, STATEMENT + "-Result", String.class, List.of()).build();
            mybatis.addMappedStatement(new MappedStatement.Builder(mybatis, STATEMENT, new StaticSqlSource(mybatis, SQL),
                    SqlCommandType.SELECT).resultMaps(List.of(groupIds)).build());
        }
        mapStatement(engine, ENGINE_STATEMENT, STATEMENT);
    }

    /** Has the engine run {@code ours} wherever it would run its statement {@code engineStatement}. */
    static void mapStatement(ProcessEngineConfigurationImpl engine, String engineStatement, String ours) {
        DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
        Map<String, String> mappings = sessions.getStatementMappings() == null ? new HashMap<>()
                : new HashMap<>(sessions.getStatementMappings());
        mappings.put(engineStatement, ours);
        sessions.setStatementMappings(mappings);
    }
}
