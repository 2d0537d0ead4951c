package org.hrdcasework.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Makes sure the role groups exist and carry their engine authorizations, at every start and
 * in every profile. Mission isolation itself comes from tenants: engine queries made by an
 * authenticated user only return data of that user's tenants.
 */
@Component
public class RoleAuthorizations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(RoleAuthorizations.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    RoleAuthorizations(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void afterPropertiesSet() {
        Roles.ALL.forEach(this::ensureGroup);

        for (Resource resource : Resources.values()) {
            grant(Roles.ADMINISTRATORS, resource, ANY, Permissions.ALL);
        }

        List<String> staff = List.of(Roles.CASE_OFFICERS, Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS,
                Roles.HEADQUARTERS);
        for (String group : staff) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.FILTER, ANY, Permissions.READ);
            // Tasklist shows assignees and searches users; which users a caller finds is limited to
            // those sharing one of their missions (system/engine/MissionScopedUserDirectory).
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        }
        // Officers see definitions (diagrams, forms).
        grant(Roles.CASE_OFFICERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        // Every member of a mission sees the mission's open tasks (the tenant check keeps other missions'
        // out); each works only the tasks where they are a candidate or the assignee, whose grants the
        // engine adds per task without READ (system/engine/CaseworkAuthorizations, docs/adr/0010).
        grant(Roles.CASE_OFFICERS, Resources.TASK, ANY, Permissions.READ);

        // Supervisors, senior officials and headquarters oversee their missions' work in
        // Cockpit; the tenant check limits them to the missions they belong to.
        for (String group : List.of(Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS, Roles.HEADQUARTERS)) {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(group, Resources.TASK, ANY, Permissions.READ);
        }
        // Supervisors reassign work within their mission.
        grant(Roles.SUPERVISORS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_ASSIGN);

        // Designers read models and deploy new versions; nothing that touches running work (no
        // delete, suspend, history time-to-live change, instance, job or batch operation). They
        // belong to no mission, so the tenant check keeps case data out of their reach. The grants
        // replace what earlier versions gave (DEPLOYMENT DELETE, definition UPDATE).
        grant(Roles.PROCESS_DESIGNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.PROCESS_DESIGNERS, Resources.DEPLOYMENT, ANY, Permissions.READ, Permissions.CREATE);
        grant(Roles.PROCESS_DESIGNERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        grant(Roles.PROCESS_DESIGNERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grant(Roles.PROCESS_DESIGNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        withdrawDeploymentDeleteFromDeployers();
        log.info("Role groups and their authorizations are in place: {}", Roles.ALL);
    }

    /**
     * Earlier versions let the engine give whoever deployed READ and DELETE on their deployment;
     * deleting a deployment removes every mission's running cases of it, so that DELETE goes.
     */
    private void withdrawDeploymentDeleteFromDeployers() {
        for (Authorization authorization : authorizationService.createAuthorizationQuery().resourceType(Resources.DEPLOYMENT)
                .authorizationType(AUTH_TYPE_GRANT).hasPermission(Permissions.DELETE).list()) {
            if (authorization.getUserId() != null && !ANY.equals(authorization.getUserId())) {
                authorization.removePermission(Permissions.DELETE);
                authorizationService.saveAuthorization(authorization);
            }
        }
    }

    private void ensureGroup(String groupId) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(Roles.displayName(groupId));
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identityService.saveGroup(group);
        }
    }

    /** Idempotent: the group ends up with exactly these permissions on the resource. */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .authorizationType(AUTH_TYPE_GRANT)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        authorization.setPermissions(permissions);
        authorizationService.saveAuthorization(authorization);
    }
}
