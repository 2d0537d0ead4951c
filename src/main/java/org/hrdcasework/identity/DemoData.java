package org.hrdcasework.identity;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's missions, people and Tasklist filters. Idempotent: existing entries are
 * left as they are, so a restart keeps whatever was changed in Admin.
 */
@Component
@Profile("demo")
class DemoData implements InitializingBean {

    static final String MISSION_ALPHA = "mission-alpha";
    static final String MISSION_BETA = "mission-beta";
    static final String FILTER_OPEN_TASKS = "My mission's open tasks";
    static final String FILTER_ESCALATED = "Escalated";
    /** Escalation tasks (escalation issue) use task definition keys containing this. */
    static final String ESCALATION_TASK_KEY_PATTERN = "%Escalation%";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record DemoUser(String id, String firstName, String lastName, List<String> groups,
                            List<String> missions) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("officer.alpha", "Olga", "Officer (Alpha)", List.of(Roles.CASE_OFFICERS), List.of(MISSION_ALPHA)),
            new DemoUser("officer.beta", "Oscar", "Officer (Beta)", List.of(Roles.CASE_OFFICERS), List.of(MISSION_BETA)),
            new DemoUser("supervisor.alpha", "Sara", "Supervisor (Alpha)", List.of(Roles.SUPERVISORS), List.of(MISSION_ALPHA)),
            new DemoUser("ambassador.alpha", "Amadou", "Ambassador (Alpha)", List.of(Roles.SENIOR_OFFICIALS), List.of(MISSION_ALPHA)),
            new DemoUser("hq.desk", "Hana", "Headquarters desk", List.of(Roles.HEADQUARTERS), List.of(MISSION_ALPHA, MISSION_BETA)),
            new DemoUser("designer", "Dana", "Process designer", List.of(Roles.PROCESS_DESIGNERS), List.of()),
            new DemoUser("admin", "Ada", "Administrator", List.of(Roles.ADMINISTRATORS), List.of()));

    private final IdentityService identityService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final String password;

    // RoleAuthorizations is injected so that groups and their rights exist before memberships.
    DemoData(IdentityService identityService, FilterService filterService, TaskService taskService,
             RoleAuthorizations roleAuthorizations, @Value("${hrd.demo.password}") String password) {
        this.identityService = identityService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        ensureMission(MISSION_ALPHA, "Mission Alpha");
        ensureMission(MISSION_BETA, "Mission Beta");
        USERS.forEach(this::ensureUser);
        ensureFilter(FILTER_OPEN_TASKS, taskService.createTaskQuery(), -10,
                "Open tasks of my mission(s), oldest due first (each worked by its candidate group)");
        ensureFilter(FILTER_ESCALATED, taskService.createTaskQuery().taskDefinitionKeyLike(ESCALATION_TASK_KEY_PATTERN), 0,
                "Escalations of stalled work waiting for me or my group");
        log.warn("Demo profile: demo missions and users are active with the demo password. "
                + "Never use the demo profile with real data.");
    }

    private void ensureMission(String tenantId, String name) {
        if (identityService.createTenantQuery().tenantId(tenantId).count() == 0) {
            Tenant tenant = identityService.newTenant(tenantId);
            tenant.setName(name);
            identityService.saveTenant(tenant);
        }
    }

    private void ensureUser(DemoUser demoUser) {
        if (identityService.createUserQuery().userId(demoUser.id()).count() > 0) {
            return;
        }
        User user = identityService.newUser(demoUser.id());
        user.setFirstName(demoUser.firstName());
        user.setLastName(demoUser.lastName());
        user.setEmail(demoUser.id() + "@mission.example");
        user.setPassword(password);
        identityService.saveUser(user);
        demoUser.groups().forEach(group -> identityService.createMembership(demoUser.id(), group));
        demoUser.missions().forEach(mission -> identityService.createTenantUserMembership(mission, demoUser.id()));
    }

    private void ensureFilter(String name, TaskQuery query, int priority, String description) {
        if (filterService.createTaskFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name);
        filter.setQuery(query.orderByDueDate().asc().orderByTaskCreateTime().asc());
        filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
        filterService.saveFilter(filter);
    }
}
