package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.binding.MapperMethod;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Database;
import org.hrdcasework.system.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The shape of the caseload's plans on a database with many cases in many missions (EXPLAIN ANALYZE
 * of the mapper's own statements, bound with their parameters as MyBatis binds them): a mission's page
 * and count are read from the mission's part of the caseload index in caseload order, the engine's
 * tables are reached through their indexes, and nothing reads a whole table. Not timed: the
 * benchmark measures the latency.
 * <p>The cases (with an open task each, escalation watches, actions and escalations) belong to
 * missions of their own that nobody is a member of, are vacuumed and analysed as a live database
 * would be (as the superuser: only a table's owner may), and are deleted afterwards.
 */
@CaseworkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadPlanTests {

    /** Cases made for the plans: enough that reading a table whole would show, few enough for a test. */
    private static final int CASES = 20_000;
    private static final int MISSIONS = 10;
    private static final String PROBE = "plan-probe-";
    /** The mission whose caseload is planned, and an officer of it with some of its tasks. */
    private static final String MISSION = PROBE + "0";
    private static final String OFFICER = "plan-probe-officer-1";
    private static final List<String> TABLES = List.of("case_file", "defender", "case_action", "escalation", "act_ru_task",
            "act_ru_execution");

    @Autowired
    SqlSessionFactory sqlSessionFactory;
    @Autowired
    EmbeddedPostgresServer server;
    @Value("${hrd.data-directory}")
    Path dataDirectory;

    private Connection connection;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    void manyCasesInManyMissions() throws Exception {
        connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", Database.embeddedSecret(dataDirectory, "superuser"));
        try (Statement statement = connection.createStatement()) {
            deleteProbes(statement);
            // n: the case's number within its mission, so that each mission gets every kind of case.
            statement.execute("""
                    CREATE TEMPORARY TABLE probe AS
                    SELECT i, i / %1$d AS n, gen_random_uuid() AS case_id, gen_random_uuid() AS defender_id,
                           '%3$s' || (i %% %1$d) AS mission, 'PROBE-2026-' || lpad(i::text, 6, '0') AS reference,
                           'plan-probe-' || i AS instance, (i / %1$d) %% 5 = 0 AS closed
                    FROM generate_series(1, %2$d) AS i""".formatted(MISSIONS, CASES, PROBE));
            statement.execute("""
                    INSERT INTO casework.defender (id, mission_id, code_name, created_at, created_by)
                    SELECT defender_id, mission, 'HRD-PRB-' || i, now(), 'plan-probe' FROM probe""");
            statement.execute("""
                    INSERT INTO casework.case_file (id, reference, mission_id, defender_id, threat_type, threat_occurred_on,
                                                    report_channel, stage, created_at, created_by, urgency_tier)
                    SELECT case_id, reference, mission, defender_id,
                           (ARRAY['DEATH_THREAT', 'ARREST', 'SURVEILLANCE', 'SMEAR_CAMPAIGN', 'OTHER'])[1 + n % 5],
                           DATE '2026-01-01' - (n % 2000), 'WALK_IN',
                           CASE WHEN closed THEN 'CLOSED' ELSE (ARRAY['VERIFICATION', 'RISK_ASSESSMENT', 'ACTIONS', 'MONITORING'])[1 + n % 4] END,
                           now() - i * INTERVAL '1 minute', 'plan-probe', CASE WHEN n % 3 = 0 THEN NULL ELSE 1 + n % 3 END
                    FROM probe""");
            statement.execute("""
                    INSERT INTO casework.case_action (id, case_id, action_type, state, started_at)
                    SELECT gen_random_uuid(), case_id, (ARRAY['DEMARCHE', 'TRIAL_OBSERVATION', 'PUBLIC_STATEMENT', 'COORDINATION',
                                                         'EMERGENCY_SUPPORT', 'DIGITAL_SECURITY', 'CUSTODY_VISIT'])[1 + n % 7],
                           'IN_PROGRESS', now()
                    FROM probe WHERE n % 2 = 0""");
            // As the engine keeps them: a case's process instance and the task's scope execution, an escalation
            // watch (business key: the case reference) and its scope; child executions carry no business key.
            String caseProcess = definition(statement, "CaseOfConcern");
            String watch = definition(statement, "EscalationWatch");
            for (String[] execution : List.of(
                    new String[] {"instance", "instance", "reference", "NULL", caseProcess, "CaseOfConcern"},
                    new String[] {"instance || '-scope'", "instance", "NULL", "instance", caseProcess, "CaseOfConcern"},
                    new String[] {"instance || '-watch'", "instance || '-watch'", "reference", "NULL", watch, "EscalationWatch"},
                    new String[] {"instance || '-watch-scope'", "instance || '-watch'", "NULL", "instance || '-watch'", watch,
                            "EscalationWatch"})) {
                statement.execute("""
                        INSERT INTO public.act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, parent_id_,
                                                             proc_def_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_,
                                                             suspension_state_, cached_ent_state_, sequence_counter_, tenant_id_,
                                                             proc_def_key_)
                        SELECT %1$s, 1, %2$s, %2$s, %3$s, %4$s, '%5$s', true, false, true, false, 1, 0, 1, mission, '%6$s'
                        FROM probe WHERE NOT closed""".formatted((Object[]) execution));
            }
            // One open task per open case: every 7th overdue, the rest due over the next four days; shared among
            // 20 officers of the mission.
            statement.execute("""
                    INSERT INTO public.act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_,
                                                    assignee_, priority_, create_time_, due_date_, suspension_state_, tenant_id_, task_state_)
                    SELECT instance, 1, instance || '-scope', instance, '%s', 'Verify report', 'Task_VerifyReport',
                           'plan-probe-officer-' || (n %% 20), 50, LOCALTIMESTAMP,
                           CASE WHEN n %% 7 = 0 THEN LOCALTIMESTAMP - INTERVAL '1 day' ELSE LOCALTIMESTAMP + (n %% 96) * INTERVAL '1 hour' END,
                           1, mission, 'Created'
                    FROM probe WHERE NOT closed""".formatted(caseProcess));
            statement.execute("""
                    INSERT INTO casework.escalation (id, case_id, mission_id, case_reference, stage, task_id, level, due_at, fired_at)
                    SELECT gen_random_uuid(), case_id, mission, reference, 'Task_VerifyReport', instance, 1,
                           now() - INTERVAL '1 day', now() FROM probe WHERE NOT closed AND n % 7 = 0""");
            for (String table : TABLES) {
                statement.execute("VACUUM ANALYZE " + (table.startsWith("act_") ? "public." : "casework.") + table);
            }
        }
    }

    @AfterAll
    void deleteTheProbes() throws Exception {
        try (Statement statement = connection.createStatement()) {
            deleteProbes(statement);
        } finally {
            connection.close();
        }
    }

    private static void deleteProbes(Statement statement) throws Exception {
        statement.execute("DELETE FROM casework.escalation WHERE mission_id LIKE 'plan-probe-%'");
        statement.execute("DELETE FROM casework.case_action a USING casework.case_file c WHERE c.id = a.case_id "
                + "AND c.mission_id LIKE 'plan-probe-%'");
        statement.execute("DELETE FROM public.act_ru_task WHERE tenant_id_ LIKE 'plan-probe-%'");
        statement.execute("DELETE FROM public.act_ru_execution WHERE tenant_id_ LIKE 'plan-probe-%' AND id_ <> proc_inst_id_");
        statement.execute("DELETE FROM public.act_ru_execution WHERE tenant_id_ LIKE 'plan-probe-%'");
        statement.execute("DELETE FROM casework.case_file WHERE mission_id LIKE 'plan-probe-%'");
        statement.execute("DELETE FROM casework.defender WHERE mission_id LIKE 'plan-probe-%'");
    }

    private static String definition(Statement statement, String key) throws Exception {
        try (ResultSet rows = statement.executeQuery("SELECT id_ FROM public.act_re_procdef WHERE key_ = '" + key + "' LIMIT 1")) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void aMissionsFirstPageAndCountAreReadFromTheCaseloadIndex() throws Exception {
        CaseloadQuery query = query(List.of(MISSION), Map.of());

        String page = explain("findPage", query);
        assertThat(rows(page)).as(page).isEqualTo(CaseloadFilter.DEFAULT_LIMIT);
        // In index order: only the most urgent tier's cases are sorted, by overdue and age, not the mission's every case.
        assertThat(page).as(page).contains("Index Only Scan using case_file_caseload_open_idx").contains("Incremental Sort");
        assertNoTableReadWhole(page);

        String count = explain("count", query);
        assertThat(count).as(count).contains("Index Only Scan using case_file_caseload_open_idx");
        assertNoTableReadWhole(count);
    }

    @Test
    void theFilteredPagesAndHeadquartersPageReadNoTableWhole() throws Exception {
        for (Map<String, List<String>> filters : List.of(
                Map.of("tier", List.of("1"), "overdue", List.of("true")),
                Map.of("actionType", List.of("DEMARCHE")),
                Map.of("assignedToMe", List.of("true")),
                Map.of("stage", List.of("ACTIONS"), "openedFrom", List.of("2026-01-01")),
                Map.of("q", List.of("prb-12")),
                Map.of("open", List.of("false")))) {
            CaseloadQuery query = query(List.of(MISSION), filters);
            String page = explain("findPage", query);
            assertThat(rows(page)).as(filters + "\n" + page).isPositive();
            assertNoTableReadWhole(page);
            assertNoTableReadWhole(explain("count", query));
        }
        String headquarters = explain("findPage", query(List.of(MISSION, PROBE + "1"), Map.of()));
        assertThat(headquarters).as(headquarters).contains("case_file_caseload_open_idx");
        assertNoTableReadWhole(headquarters);
    }

    @Test
    void theDeadlineCountsReadTheMissionsTasksAndEscalationsByIndex() throws Exception {
        MapperMethod.ParamMap<Object> tasks = new MapperMethod.ParamMap<>();
        tasks.put("missions", List.of(MISSION));
        tasks.put("now", now);
        tasks.put("endOfToday", now.plus(1, ChronoUnit.DAYS));
        String due = explain("countDueTasks", tasks);
        assertNoTableReadWhole(due);

        MapperMethod.ParamMap<Object> escalations = new MapperMethod.ParamMap<>();
        escalations.put("missions", List.of(MISSION));
        String escalated = explain("countOpenEscalations", escalations);
        assertNoTableReadWhole(escalated);
    }

    private CaseloadQuery query(List<String> missions, Map<String, List<String>> filters) {
        return CaseloadQuery.of(missions, OFFICER, now, CaseloadFilter.parse(filters));
    }

    private static void assertNoTableReadWhole(String plan) {
        for (String table : TABLES) {
            assertThat(plan).as(plan).doesNotContain("Seq Scan on " + table);
        }
    }

    /** Rows the plan's top node returned. */
    private static int rows(String plan) {
        java.util.regex.Matcher actual = java.util.regex.Pattern.compile("actual rows=(\\d+)").matcher(plan);
        return actual.find() ? Integer.parseInt(actual.group(1)) : -1;
    }

    /** EXPLAIN ANALYZE of one of the caseload mapper's statements, bound as MyBatis binds it. */
    private String explain(String statementId, Object parameter) throws Exception {
        MappedStatement statement = sqlSessionFactory.getConfiguration()
                .getMappedStatement(CaseloadMapper.class.getName() + "." + statementId);
        BoundSql bound = statement.getBoundSql(parameter);
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, TIMING OFF) " + bound.getSql())) {
            new DefaultParameterHandler(statement, parameter, bound).setParameters(explain);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
