package org.hrdcasework.system.engine;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The engine's identity store, with user queries of an authenticated person limited to the users
 * who share one of their missions (directly or through a group), plus themselves. Staff need READ
 * on users for Tasklist (assignee names, the "assign" search); this keeps one mission's staff list
 * out of another mission's sight on every surface (engine REST, the webapps). Administrators see
 * everyone; calls the application makes without a person (start-up, jobs) are not limited.
 */
class MissionScopedUserDirectory extends DbIdentityServiceProvider {

    @Override
    public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
        return restrict(query) ? super.findUserByQueryCriteria(query) : List.of();
    }

    @Override
    public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
        return restrict(query) ? super.findUserCountByQueryCriteria(query) : 0;
    }

    /** Narrows the query to the caller's colleagues; false when nothing can match. */
    private boolean restrict(DbUserQueryImpl query) {
        CommandContext context = Context.getCommandContext();
        Authentication authentication = context == null ? null : context.getAuthentication();
        if (authentication == null || authentication.getUserId() == null || !context.isAuthorizationCheckEnabled()
                || context.getAuthorizationManager().isCamundaAdmin(authentication)) {
            return true;
        }
        Set<String> visible = colleagues(authentication);
        if (query.getIds() != null) {
            visible.retainAll(Arrays.asList(query.getIds()));
        }
        if (visible.isEmpty()) {
            return false;
        }
        query.userIdIn(visible.toArray(String[]::new));
        return true;
    }

    private Set<String> colleagues(Authentication authentication) {
        Set<String> users = new LinkedHashSet<>();
        users.add(authentication.getUserId());
        List<String> missions = authentication.getTenantIds() == null ? List.of() : authentication.getTenantIds();
        for (String mission : missions) {
            DbUserQueryImpl members = new DbUserQueryImpl();
            members.memberOfTenant(mission);
            super.findUserByQueryCriteria(members).forEach(u -> users.add(u.getId()));
            DbGroupQueryImpl groups = new DbGroupQueryImpl();
            groups.memberOfTenant(mission);
            for (Group group : findGroupByQueryCriteria(groups)) {
                DbUserQueryImpl groupMembers = new DbUserQueryImpl();
                groupMembers.memberOfGroup(group.getId());
                super.findUserByQueryCriteria(groupMembers).forEach(u -> users.add(u.getId()));
            }
        }
        return users;
    }
}
