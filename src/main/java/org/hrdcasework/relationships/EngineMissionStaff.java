package org.hrdcasework.relationships;

import org.camunda.bpm.engine.IdentityService;
import org.hrdcasework.identity.Roles;
import org.springframework.stereotype.Component;

/** Reads users, role groups and missions (tenants) from the engine's identity tables. */
@Component
class EngineMissionStaff implements MissionStaff {

    private final IdentityService identityService;

    EngineMissionStaff(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public boolean mayLiaise(String userId, String missionId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            return false;
        }
        boolean inRole = identityService.createGroupQuery().groupMember(userId)
                .groupIdIn(Roles.MAY_FILE_REPORTS.toArray(String[]::new)).count() > 0;
        return inRole && identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .tenantId(missionId).count() > 0;
    }
}
