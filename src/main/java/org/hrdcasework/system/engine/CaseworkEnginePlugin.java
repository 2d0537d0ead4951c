package org.hrdcasework.system.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.identity.WritableIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.hrdcasework.audit.AuditLog;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Engine settings that the starter's properties do not cover. */
@Component
class CaseworkEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<AuditLog> auditLog;
    private final ObjectProvider<EveryUserTask> everyUserTask;
    private final BeanFactory beans;
    private final ApplicationEventPublisher events;

    CaseworkEnginePlugin(ObjectProvider<AuditLog> auditLog, ObjectProvider<EveryUserTask> everyUserTask, BeanFactory beans,
                         ApplicationEventPublisher events) {
        this.auditLog = auditLog;
        this.everyUserTask = everyUserTask;
        this.beans = beans;
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return WritableIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new AuditingIdentityProvider(auditLog.getObject(), () -> events.publishEvent(new IdentityChanged()));
            }
        });
        configuration.setTenantIdProvider(new MissionTenantIdProvider());
        List<SessionFactory> sessionFactories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        sessionFactories.add(TaskReadAuthorizations.sessions());
        configuration.setCustomSessionFactories(sessionFactories);
        TaskInputGuard.install(configuration);
        List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
        preDeployers.add(new DeploymentGuard(beans::containsBean));
        configuration.setExpressionManager(new RestrictedExpressionManager(beans));
        configuration.setBusinessCalendarManager(QuietBusinessCalendars.create());
        configuration.setCustomPreDeployers(preDeployers);
        configuration.setHistoryEventHandler(new SensitiveVariableHistoryFilter(new DbHistoryEventHandler()));
        List<org.camunda.bpm.engine.impl.history.HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new CaseworkHistoryLevel());
        configuration.setCustomHistoryLevels(levels);
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new UserTaskConventions(everyUserTask));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new CaseworkAuthorizations());
        AuthorizedGroupIds.install(configuration);
        TaskCounts.install(configuration);
        // Wraps the whole history chain as configured by then: destructive operations are audited.
        configuration.setHistoryEventHandler(new EngineOperationAudit(auditLog::getObject, configuration.getHistoryEventHandler()));
    }
}
