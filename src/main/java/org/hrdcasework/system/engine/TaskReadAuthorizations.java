package org.hrdcasework.system.engine;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine checks a task query by joining every open task to the person's authorizations
 * (READ on the task, on {@code '*'}, or READ_TASK on its definition) and counting distinct tasks.
 * A person whose grants include READ on every task ({@code '*'}, which every mission's staff hold:
 * ADR 0010) passes that check on every row, so the join only costs time, about 1 µs per visible
 * task. For them the query is asked without it; the tenant check, which keeps other missions' tasks
 * out, is untouched. Anyone else, and anyone under a REVOKE authorization, keeps the engine's check.
 */
public class TaskReadAuthorizations extends AuthorizationManager {

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
        super.configureTaskQuery(query);
        AuthorizationCheck check = query.getAuthCheck();
        if (check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
                && !check.isRevokeAuthorizationCheckEnabled() && readsEveryTask(check)) {
            check.setPermissionChecks(new CompositePermissionCheck());
        }
    }

    private boolean readsEveryTask(AuthorizationCheck check) {
        return isAuthorized(check.getAuthUserId(), check.getAuthGroupIds(), Permissions.READ, Resources.TASK,
                Authorization.ANY);
    }

    /** Opens this manager wherever the engine asks for its {@link AuthorizationManager}. */
    static SessionFactory sessions() {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new TaskReadAuthorizations();
            }
        };
    }
}
