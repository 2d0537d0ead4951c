package org.hrdcasework.system.engine;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * The engine's default authorizations, with two changes (docs/adr/0010-task-visibility.md):
 * <ul>
 *   <li>A task's candidates and assignee get the right to work on it, not to see it. Who sees a
 *   task is decided by the group's grant on every task (identity/RoleAuthorizations) and the tenant
 *   check: every member of a mission sees its open tasks. The engine's default, a READ grant per
 *   task and candidate, made every count of Tasklist look up one authorization per open task
 *   (100,000 open tasks: about 2 s per filter); with only the group grants to compare, the count
 *   costs a few microseconds per task.</li>
 *   <li>Whoever deploys does not become able to delete the deployment: deleting a deployment (with
 *   cascade) removes the running cases of every mission on that version, which is for
 *   administrators only. Designers read deployments through their group's grant.</li>
 * </ul>
 */
class CaseworkAuthorizations extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newDeployment(Deployment deployment) {
        return null;
    }

    @Override
    protected Permission[] getRuntimePermissions(boolean enforceSpecificVariablePermission) {
        return enforceSpecificVariablePermission
                ? new Permission[] {getDefaultUserPermissionForTask(), TaskPermissions.READ_VARIABLE}
                : new Permission[] {getDefaultUserPermissionForTask()};
    }
}
