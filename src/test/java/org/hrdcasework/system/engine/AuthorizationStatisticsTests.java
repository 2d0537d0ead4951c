package org.hrdcasework.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.ThreatType;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;

/**
 * The shape of the fix for Tasklist's counts (docs/adr/0008, 0009, 0010): what a person's task count
 * joins must not grow with the open tasks, and the planner must know how many rows each permission
 * keeps (statistics on the permission bits, {@link EngineIndexes}) and see the values.
 */
class AuthorizationStatisticsTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TASK_WORK = 16384;
    /** What a case officer's task count joins (the engine's authCheckJoin, READ on tasks or READ_TASK on definitions). */
    private static final String OFFICERS_AUTHORIZATIONS = "SELECT A.* FROM act_ru_authorization A WHERE A.type_ < 2"
            + " AND (A.user_id_ IN ('officer.alpha', '*') OR A.group_id_ IN ('case-officers'))"
            + " AND ((A.resource_type_ = 7 AND A.perms_ & 2 = 2 OR A.resource_type_ = 6 AND A.perms_ & 64 = 64))";
    /** What checking a claim or completion joins: grants to work on tasks. */
    private static final String WORK_GRANTS = "SELECT A.* FROM act_ru_authorization A WHERE A.type_ < 2"
            + " AND A.resource_type_ = 7 AND A.perms_ & " + TASK_WORK + " = " + TASK_WORK;

    /**
     * Each open task carries its candidates' grant to work on it, but seeing it comes from the
     * group's grant on every task: a count compares each task with a handful of group grants, not
     * with an authorization of its own looked up by index (about 16 µs per visible task before).
     */
    @Test
    void theAuthorizationsATaskCountJoinsDoNotGrowWithTheOpenTasks() {
        driver.fileReport(ThreatType.ARREST);
        int before = rows(OFFICERS_AUTHORIZATIONS);
        List<String> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String instance = driver.fileReport(ThreatType.ARREST).getId();
            tasks.add(processEngine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId());
        }

        assertThat(rows(OFFICERS_AUTHORIZATIONS)).as("authorizations an officer's count joins").isEqualTo(before).isLessThan(10);
        for (String task : tasks) {
            assertThat(jdbc.queryForList("SELECT perms_ FROM act_ru_authorization WHERE resource_type_ = 7 AND resource_id_ = ?"
                    + " AND group_id_ = 'case-officers'", Integer.class, task))
                    .as("the candidates' grant on task %s", task)
                    .singleElement().satisfies(perms -> assertThat(perms & TASK_WORK).isEqualTo(TASK_WORK))
                    .satisfies(perms -> assertThat(perms & 2).as("READ").isZero());
        }
    }

    @Test
    void thePlannerKnowsHowManyAuthorizationsACheckJoins() throws Exception {
        for (int i = 0; i < 40; i++) {
            driver.fileReport(ThreatType.ARREST); // each waits at a task with its own candidate-group authorization
        }
        jdbc.execute("ANALYZE act_ru_authorization");

        JsonNode plan = JSON.readTree(jdbc.queryForObject("EXPLAIN (ANALYZE, FORMAT JSON) " + WORK_GRANTS, String.class))
                .get(0).get("Plan");
        double estimated = plan.get("Plan Rows").asDouble();
        double actual = plan.get("Actual Rows").asDouble();

        assertThat(actual).as("authorizations the query really joins").isGreaterThanOrEqualTo(40);
        assertThat(estimated).as("the planner's estimate of them (%s actual)", actual).isGreaterThanOrEqualTo(actual / 4);
    }

    /**
     * Each branch of the authorization filter a task query selects by can be found by index, not by
     * reading every task's own grant (which is what the table grows with).
     */
    @Test
    void eachBranchOfATaskQuerysAuthorizationFilterHasAnIndex() {
        assertThat(plan("SELECT * FROM act_ru_authorization A WHERE A.resource_type_ = 7 AND A.perms_ & 2 = 2"))
                .contains(EngineIndexes.TASK_READ_GRANTS_INDEX).doesNotContain("Seq Scan");
        assertThat(plan("SELECT * FROM act_ru_authorization A WHERE A.resource_type_ = 6 AND A.perms_ & 64 = 64"))
                .contains(EngineIndexes.OTHER_GRANTS_INDEX).doesNotContain("Seq Scan");
    }

    /**
     * Which groups hold any authorization is asked at the start of every command made for a person:
     * answered by walking the group index, it does not read a grant per open task, and it answers
     * what the engine's own query answers.
     */
    @Test
    void theAuthorizedGroupsAreFoundByIndexWithTheEnginesAnswer() {
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(engine.getDbSqlSessionFactory().mapStatement(AuthorizedGroupIds.ENGINE_STATEMENT))
                .isEqualTo(AuthorizedGroupIds.STATEMENT);
        List<String> filtered = engine.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
                .filterAuthenticatedGroupIds(List.of("case-officers", "supervisors", "a-group-without-rights")));
        assertThat(filtered).containsExactlyInAnyOrder("case-officers", "supervisors");
        List<String> engineAnswer = jdbc.queryForList("SELECT DISTINCT group_id_ FROM act_ru_authorization WHERE group_id_ IS NOT NULL",
                String.class);
        assertThat(jdbc.queryForList(AuthorizedGroupIds.SQL, String.class)).containsExactlyInAnyOrderElementsOf(engineAnswer);
        assertThat(QueryPlans.explain(jdbc, AuthorizedGroupIds.SQL)).contains("act_idx_auth_group_id").doesNotContain("Seq Scan");
    }

    /** The plan PostgreSQL would choose if reading the whole table were its last resort. */
    private String plan(String query) {
        return QueryPlans.explain(jdbc, query, "enable_seqscan = off");
    }

    private int rows(String query) {
        return jdbc.queryForObject("SELECT count(*) FROM (" + query + ") q", Integer.class);
    }

    /**
     * The statistics only help a plan made with the permission values: a statement the driver has
     * prepared on the server (from its fifth use) must not fall back to a generic plan, in which
     * {@code PERMS_ & $4 = $5} is a blind guess and the count turns quadratic again.
     */
    @Test
    void aTaskCountRunManyTimesIsStillPlannedWithItsPermissionValues() {
        String plan = jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PREPARE hrd_probe(text, text, int, int, int, int, int, int) AS SELECT count(*) FROM act_ru_task RES"
                        + " LEFT JOIN act_re_procdef D ON RES.proc_def_id_ = D.id_ LEFT JOIN (SELECT A.* FROM act_ru_authorization A"
                        + " WHERE A.type_ < 2 AND (A.user_id_ IN ($1, '*') OR A.group_id_ IN ($2))"
                        + " AND (A.resource_type_ = $3 AND A.perms_ & $4 = $5 OR A.resource_type_ = $6 AND A.perms_ & $7 = $8)) AUTH"
                        + " ON (AUTH.resource_id_ IN (RES.id_, D.key_, '*')) WHERE AUTH.resource_id_ IS NOT NULL");
                try {
                    String execute = "EXECUTE hrd_probe('officer.alpha', 'case-officers', 7, 2, 2, 6, 64, 64)";
                    for (int i = 0; i < 8; i++) {
                        statement.execute(execute); // PostgreSQL considers a generic plan from the sixth execution
                    }
                    StringBuilder text = new StringBuilder();
                    try (ResultSet rows = statement.executeQuery("EXPLAIN " + execute)) {
                        while (rows.next()) {
                            text.append(rows.getString(1)).append('\n');
                        }
                    }
                    return text.toString();
                } finally {
                    statement.execute("DEALLOCATE hrd_probe");
                }
            }
        });
        assertThat(plan).as("plan of the ninth execution").contains("(perms_ & 2) = 2").doesNotContain("$4");
    }
}
