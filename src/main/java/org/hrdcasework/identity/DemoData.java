package org.hrdcasework.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's missions and people (the Tasklist filters are made in every profile:
 * system/tasklist/TasklistFilters). Idempotent: existing entries are
 * left as they are, so a restart keeps whatever was changed in Admin.
 */
@Component
@Profile("demo")
class DemoData implements InitializingBean {

    static final String MISSION_ALPHA = "mission-alpha";
    static final String MISSION_BETA = "mission-beta";

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
    private final String password;

    // RoleAuthorizations is injected so that groups and their rights exist before memberships.
    DemoData(IdentityService identityService, RoleAuthorizations roleAuthorizations,
             @Value("${hrd.demo.password}") String password) {
        this.identityService = identityService;
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        ensureMission(MISSION_ALPHA, "Mission Alpha");
        ensureMission(MISSION_BETA, "Mission Beta");
        USERS.forEach(this::ensureUser);
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
}
