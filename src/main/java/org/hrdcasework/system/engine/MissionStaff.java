package org.hrdcasework.system.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.hrdcasework.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * The people of a mission who work its cases (case officers, supervisors, senior officials, members
 * of the mission's tenant), from the engine's user directory: who may liaise with a defender, who
 * may observe a trial.
 */
@Component
public class MissionStaff {

    /** One of a mission's staff, with the name the directory holds (the user id when it holds none). */
    public record Member(String userId, String name, String missionId) {
    }

    private final IdentityService identityService;

    MissionStaff(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** True if the user exists, belongs to the mission and is a case officer, supervisor or senior official. */
    public boolean isStaff(String userId, String missionId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            return false;
        }
        boolean inRole = identityService.createGroupQuery().groupMember(userId)
                .groupIdIn(Roles.MAY_FILE_REPORTS.toArray(String[]::new)).count() > 0;
        return inRole && identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .tenantId(missionId).count() > 0;
    }

    /** The staff of each mission, missions in order, people by user id. */
    public List<Member> of(Collection<String> missions) {
        Map<String, User> candidates = new TreeMap<>();
        for (String group : Roles.MAY_FILE_REPORTS) {
            identityService.createUserQuery().memberOfGroup(group).list().forEach(u -> candidates.putIfAbsent(u.getId(), u));
        }
        return missions.stream().sorted().flatMap(mission -> candidates.values().stream()
                        .filter(u -> isStaff(u.getId(), mission))
                        .map(u -> new Member(u.getId(), name(u), mission)))
                .toList();
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
