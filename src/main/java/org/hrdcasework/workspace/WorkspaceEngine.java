package org.hrdcasework.workspace;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.hrdcasework.system.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Which Camunda webapps a person may open: the engine's application authorizations, the same
 * check the webapps make, so the workspace links only to what will open.
 */
@Component
class WorkspaceEngine {

    static final List<String> WEBAPPS = List.of("tasklist", "cockpit", "admin");

    private final AuthorizationService authorizationService;

    WorkspaceEngine(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    Set<String> webapps(Caller caller) {
        List<String> groups = List.copyOf(caller.groups());
        return WEBAPPS.stream()
                .filter(app -> authorizationService.isUserAuthorized(caller.userId(), groups, Permissions.ACCESS,
                        Resources.APPLICATION, app))
                .collect(Collectors.toSet());
    }
}
