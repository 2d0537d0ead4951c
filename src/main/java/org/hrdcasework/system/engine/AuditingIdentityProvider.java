package org.hrdcasework.system.engine;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;

/**
 * The engine's own identity store, with every change of users, roles and memberships and every
 * failed login written to the audit log, whichever surface caused it (Admin webapp, engine REST,
 * our bootstrap). Passwords are never part of an audit detail.
 */
class AuditingIdentityProvider extends MissionScopedUserDirectory {

    private final AuditLog auditLog;
    private final Runnable identityChanged;

    AuditingIdentityProvider(AuditLog auditLog, Runnable identityChanged) {
        this.auditLog = auditLog;
        this.identityChanged = identityChanged;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        boolean valid = super.checkPassword(userId, password);
        if (!valid) {
            boolean known = userId != null && findUserById(userId) != null;
            // An unknown "user id" may be a password typed into the wrong field: never store it.
            auditLog.record(known ? userId : "unknown-user", AuditEventType.LOGIN_FAILURE, null, null,
                    known ? "wrong password or account locked" : "no such user");
        }
        return valid;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        IdentityOperationResult result = super.saveUser(user);
        audit(AuditEventType.USER_CHANGE, "saved user " + user.getId() + " (" + result.getOperation() + ")");
        return result;
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
        audit(AuditEventType.USER_CHANGE, "unlocked user " + userId);
        return super.unlockUser(userId);
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
        audit(AuditEventType.USER_CHANGE, "deleted user " + userId);
        return super.deleteUser(userId);
    }

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
        audit(AuditEventType.ROLE_OR_MEMBERSHIP_CHANGE, "added user " + userId + " to group " + groupId);
        return super.createMembership(userId, groupId);
    }

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
        audit(AuditEventType.ROLE_OR_MEMBERSHIP_CHANGE, "removed user " + userId + " from group " + groupId);
        return super.deleteMembership(userId, groupId);
    }

    @Override
    public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
        audit(AuditEventType.ROLE_OR_MEMBERSHIP_CHANGE, "added user " + userId + " to mission " + tenantId);
        return super.createTenantUserMembership(tenantId, userId);
    }

    @Override
    public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
        audit(AuditEventType.ROLE_OR_MEMBERSHIP_CHANGE, "added group " + groupId + " to mission " + tenantId);
        return super.createTenantGroupMembership(tenantId, groupId);
    }

    @Override
    public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
        audit(AuditEventType.ROLE_OR_MEMBERSHIP_CHANGE, "removed user " + userId + " from mission " + tenantId);
        return super.deleteTenantUserMembership(tenantId, userId);
    }

    @Override
    public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
        audit(AuditEventType.ROLE_OR_MEMBERSHIP_CHANGE, "removed group " + groupId + " from mission " + tenantId);
        return super.deleteTenantGroupMembership(tenantId, groupId);
    }

    @Override
    public IdentityOperationResult deleteTenant(String tenantId) {
        audit(AuditEventType.ROLE_OR_MEMBERSHIP_CHANGE, "deleted mission " + tenantId);
        return super.deleteTenant(tenantId);
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
        audit(AuditEventType.ROLE_OR_MEMBERSHIP_CHANGE, "deleted group " + groupId);
        return super.deleteGroup(groupId);
    }

    private void audit(AuditEventType type, String detail) {
        CommandContext context = Context.getCommandContext();
        String actor = context == null || context.getAuthenticatedUserId() == null ? "system" : context.getAuthenticatedUserId();
        auditLog.record(actor, type, null, null, detail);
        identityChanged.run();
    }
}
