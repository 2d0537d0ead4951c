package org.hrdcasework.system.engine;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * The engine's default authorizations, except that whoever deploys does not become able to delete
 * the deployment: deleting a deployment (with cascade) removes the running cases of every mission
 * on that version, which is for administrators only. Designers read deployments through their
 * group's grant (identity/RoleAuthorizations).
 */
class DeploymentAuthorizations extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newDeployment(Deployment deployment) {
        return null;
    }
}
