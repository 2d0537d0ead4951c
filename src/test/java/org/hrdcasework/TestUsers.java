package org.hrdcasework;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.hrdcasework.identity.Roles;

/** People for applications started without the demo profile (which an external database refuses). */
public final class TestUsers {

    private TestUsers() {
    }

    /** A case officer of {@code mission} (created if missing) who signs in with {@code password}. */
    public static void caseOfficer(IdentityService identity, String mission, String userId, String password) {
        if (identity.createTenantQuery().tenantId(mission).count() == 0) {
            Tenant tenant = identity.newTenant(mission);
            tenant.setName(mission);
            identity.saveTenant(tenant);
        }
        User user = identity.newUser(userId);
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(userId, Roles.CASE_OFFICERS);
        identity.createTenantUserMembership(mission, userId);
    }
}
