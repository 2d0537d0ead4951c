package org.hrdcasework.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Outside the demo profile there is no default account. The first administrator is created
 * from {@code ADMIN_USER}/{@code ADMIN_PASSWORD}; while no administrator exists the app refuses
 * to start without them. An existing account is never modified (its password stays as set in Admin).
 */
@Component
@Profile("!demo")
class AdministratorBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final IdentityService identityService;
    private final BootstrapProperties properties;

    // RoleAuthorizations is injected so that the administrators group exists first.
    AdministratorBootstrap(IdentityService identityService, BootstrapProperties properties,
                           RoleAuthorizations roleAuthorizations) {
        this.identityService = identityService;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        String userId = properties.adminUser();
        boolean anyAdministrator = identityService.createUserQuery().memberOfGroup(Roles.ADMINISTRATORS).count() > 0;
        if (!StringUtils.hasText(userId) || !StringUtils.hasText(properties.adminPassword())) {
            if (anyAdministrator) {
                return;
            }
            throw new IllegalStateException("No administrator exists yet: set ADMIN_USER and ADMIN_PASSWORD "
                    + "to create the first one (no default password is ever created)");
        }
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            log.info("Administrator account '{}' already exists; ADMIN_PASSWORD is ignored", userId);
            return;
        }
        User user = identityService.newUser(userId);
        user.setFirstName(userId);
        user.setLastName("(administrator)");
        user.setPassword(properties.adminPassword());
        identityService.saveUser(user);
        identityService.createMembership(userId, Roles.ADMINISTRATORS);
        log.info("Created the first administrator account '{}'", userId);
    }
}
