package org.hrdcasework.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.identity.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shape of a person's task count (docs/adr/0010-task-visibility.md): a mission's staff, who read
 * every task of their missions, are counted without the authorization join and without removing
 * duplicates; anyone else keeps the engine's check; and every count equals the engine's own answer.
 */
class TaskCountTests extends ProcessTestSupport {

    private static final String MISSION = "mission-alpha";

    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    private final String observer = "observer-" + UUID.randomUUID().toString().substring(0, 8);
    private final String observers = "observers-" + UUID.randomUUID().toString().substring(0, 8);
    private String sharedTask;
    private String grant;

    /** Someone of mission Alpha who may read one task only, and a task offered to two groups and a user. */
    @BeforeEach
    void anObserverAndASharedTask() {
        driver.fileReport(ThreatType.ARREST);
        driver.fileReport(ThreatType.DEATH_THREAT);
        identityService.saveUser(identityService.newUser(observer));
        identityService.saveGroup(identityService.newGroup(observers));
        identityService.createMembership(observer, observers);
        identityService.createTenantUserMembership(MISSION, observer);
        Task task = taskService.newTask();
        task.setName("Shared task");
        task.setTenantId(MISSION);
        taskService.saveTask(task);
        sharedTask = task.getId();
        taskService.addCandidateGroup(sharedTask, Roles.CASE_OFFICERS);
        taskService.addCandidateGroup(sharedTask, Roles.SUPERVISORS);
        taskService.addCandidateUser(sharedTask, "officer.alpha");
        Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(observers);
        read.setResource(Resources.TASK);
        read.setResourceId(sharedTask);
        read.addPermission(Permissions.READ);
        grant = authorizationService.saveAuthorization(read).getId();
    }

    @AfterEach
    void removeThem() {
        identityService.clearAuthentication();
        authorizationService.deleteAuthorization(grant);
        taskService.deleteTask(sharedTask, true);
        identityService.deleteUser(observer);
        identityService.deleteGroup(observers);
    }

    @Test
    void aMissionsStaffAreCountedWithoutTheAuthorizationJoinOrDistinct() {
        assertThat(countSql("officer.alpha", TaskService::createTaskQuery))
                .doesNotContainIgnoringCase("ACT_RU_AUTHORIZATION").doesNotContainIgnoringCase("DISTINCT")
                .containsIgnoringCase("TENANT_ID_ in");
        assertThat(countSql("supervisor.alpha", service -> service.createTaskQuery().active().orderByDueDate().asc()))
                .doesNotContainIgnoringCase("ACT_RU_AUTHORIZATION").doesNotContainIgnoringCase("DISTINCT");
    }

    @Test
    void joinsThatCanRepeatATaskStillCountDistinctTasks() {
        assertThat(countSql("officer.alpha", service -> service.createTaskQuery().taskCandidateGroup(Roles.CASE_OFFICERS)))
                .containsIgnoringCase("ACT_RU_IDENTITYLINK").containsIgnoringCase("DISTINCT");
        assertThat(countSql("officer.alpha", service -> service.createTaskQuery()
                .or().taskAssignee("officer.alpha").taskCandidateUser("officer.alpha").endOr()))
                .containsIgnoringCase("DISTINCT");
        assertThat(countSql(observer, TaskService::createTaskQuery))
                .as("someone without READ on every task keeps the engine's check")
                .containsIgnoringCase("ACT_RU_AUTHORIZATION").containsIgnoringCase("DISTINCT");
    }

    @Test
    void everyCountIsTheEnginesOwnAnswer() {
        Map<String, Function<TaskService, TaskQuery>> queries = new LinkedHashMap<>();
        queries.put("all", TaskService::createTaskQuery);
        queries.put("active by due date", service -> service.createTaskQuery().active().orderByDueDate().asc());
        queries.put("candidate groups", service -> service.createTaskQuery()
                .taskCandidateGroupIn(List.of(Roles.CASE_OFFICERS, Roles.SUPERVISORS)));
        queries.put("assignee or candidate", service -> service.createTaskQuery()
                .or().taskAssignee("officer.alpha").taskCandidateUser("officer.alpha").endOr());
        queries.put("with candidate groups", service -> service.createTaskQuery().withCandidateGroups());
        for (String user : List.of("officer.alpha", "supervisor.alpha", "officer.beta", observer)) {
            for (Map.Entry<String, Function<TaskService, TaskQuery>> query : queries.entrySet()) {
                long engine = asUser(user, () -> enginesCount(query.getValue()));
                long counted = asUser(user, () -> query.getValue().apply(taskService).count());
                long listed = asUser(user, () -> (long) query.getValue().apply(taskService).list().size());
                assertThat(counted).as("%s, %s: count", user, query.getKey()).isEqualTo(engine).isEqualTo(listed);
            }
        }
        assertThat(asUser(observer, () -> taskService.createTaskQuery().count())).as("the observer's one task").isEqualTo(1);
        assertThat(asUser("officer.alpha", () -> taskService.createTaskQuery().count()))
                .as("an officer's count holds the shared task once").isGreaterThanOrEqualTo(3)
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM act_ru_task WHERE tenant_id_ = ?", Long.class, MISSION));
    }

    /** The engine's statement under the engine's own authorization manager, for the person now signed in. */
    private long enginesCount(Function<TaskService, TaskQuery> query) {
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        return engine.getCommandExecutorTxRequired().execute(context -> {
            TaskQueryImpl task = (TaskQueryImpl) query.apply(taskService);
            new AuthorizationManager().configureTaskQuery(task);
            context.getTenantManager().configureQuery(task);
            return (Long) context.getDbSqlSession().getSqlSession()
                    .selectOne("org.camunda.bpm.engine.impl.persistence.entity.TaskEntity." + TaskCounts.ENGINE_STATEMENT, task);
        });
    }

    /** The SQL of the count the engine runs for a person (the statement it maps its count to, bound to the query). */
    private String countSql(String user, Function<TaskService, TaskQuery> query) {
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
        String statement = engine.getDbSqlSessionFactory().mapStatement(TaskCounts.ENGINE_STATEMENT);
        assertThat(statement).isEqualTo(TaskCounts.STATEMENT);
        return asUser(user, () -> engine.getCommandExecutorTxRequired().execute(context -> {
            TaskQueryImpl task = (TaskQueryImpl) query.apply(taskService);
            context.getAuthorizationManager().configureTaskQuery(task);
            context.getTenantManager().configureQuery(task);
            return mybatis.getMappedStatement(statement).getBoundSql(task).getSql().replaceAll("\\s+", " ");
        }));
    }

    private <T> T asUser(String user, java.util.function.Supplier<T> work) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(t -> t.getId()).toList();
        identityService.setAuthentication(user, groups, tenants);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
