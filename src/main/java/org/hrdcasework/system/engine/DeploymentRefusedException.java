package org.hrdcasework.system.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment the {@link DeploymentGuard} refused. Its message lists the problems by file,
 * element and attribute, and never holds a model's text or an evaluated value, so it is the one
 * deployment error whose message reaches the caller as it is.
 */
public class DeploymentRefusedException extends BadUserRequestException {

    public DeploymentRefusedException(String message) {
        super(message);
    }
}
