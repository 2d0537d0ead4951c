package org.hrdcasework.system.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;

/**
 * Writes an audit row for every destructive engine operation a person makes, whatever the surface
 * (engine REST, Cockpit, Admin): the engine describes each operation in a user-operation-log event,
 * and this handler, wrapping the history chain, turns the destructive ones into one
 * {@code ENGINE_OPERATION} row each (actor, operation, entity type, ids; never values). Every
 * running instance moved to another model version gets a {@code CASE_MIGRATION} row of its own.
 * The rows commit with the operation (same transaction). Changes of users, groups and memberships
 * are audited by {@link AuditingIdentityProvider}.
 */
class EngineOperationAudit implements HistoryEventHandler {

    static final Set<String> DESTRUCTIVE_OPERATIONS = Set.of(
            UserOperationLogEntry.OPERATION_TYPE_DELETE,
            UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY,
            UserOperationLogEntry.OPERATION_TYPE_SUSPEND,
            UserOperationLogEntry.OPERATION_TYPE_ACTIVATE,
            UserOperationLogEntry.OPERATION_TYPE_SUSPEND_PROCESS_DEFINITION,
            UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_PROCESS_DEFINITION,
            UserOperationLogEntry.OPERATION_TYPE_SUSPEND_JOB_DEFINITION,
            UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_JOB_DEFINITION,
            UserOperationLogEntry.OPERATION_TYPE_SUSPEND_JOB,
            UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_JOB,
            UserOperationLogEntry.OPERATION_TYPE_SUSPEND_BATCH,
            UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_BATCH,
            UserOperationLogEntry.OPERATION_TYPE_UPDATE_HISTORY_TIME_TO_LIVE,
            UserOperationLogEntry.OPERATION_TYPE_SET_REMOVAL_TIME,
            UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE,
            UserOperationLogEntry.OPERATION_TYPE_RESTART_PROCESS_INSTANCE,
            UserOperationLogEntry.OPERATION_TYPE_MIGRATE,
            UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES,
            UserOperationLogEntry.OPERATION_TYPE_SET_EXTERNAL_TASK_RETRIES,
            UserOperationLogEntry.OPERATION_TYPE_UNLOCK);
    /** Every operation on these is an operator's intervention in running work or in rights. */
    static final Set<String> AUDITED_ENTITIES = Set.of(EntityTypes.JOB, EntityTypes.JOB_DEFINITION, EntityTypes.BATCH,
            EntityTypes.AUTHORIZATION);
    /** Audited by AuditingIdentityProvider already. */
    static final Set<String> IDENTITY_ENTITIES = Set.of(EntityTypes.USER, EntityTypes.GROUP, EntityTypes.GROUP_MEMBERSHIP,
            EntityTypes.TENANT_MEMBERSHIP);
    /** Properties whose values are ids of engine or identity objects, safe to name in an audit row. */
    private static final Set<String> ID_PROPERTIES = Set.of("tenantId", "userId", "groupId", "resourceType", "resourceId");

    private final Supplier<AuditLog> auditLog;
    private final HistoryEventHandler delegate;

    EngineOperationAudit(Supplier<AuditLog> auditLog, HistoryEventHandler delegate) {
        this.auditLog = auditLog;
        this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof UserOperationLogEntryEventEntity || event instanceof HistoricProcessInstanceEventEntity) {
            handleEvents(List.of(event));
        } else {
            delegate.handleEvent(event); // the hot path: activities, tasks, variables
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        // One operation arrives as one list of entries, one per changed property: one audit row per operation.
        Map<String, List<UserOperationLogEntryEventEntity>> operations = new LinkedHashMap<>();
        for (HistoryEvent event : events) {
            if (event instanceof UserOperationLogEntryEventEntity entry && audited(entry)) {
                operations.computeIfAbsent(entry.getOperationId() + "|" + entry.getEntityType(), k -> new ArrayList<>()).add(entry);
            } else if (event instanceof HistoricProcessInstanceEventEntity instance
                    && instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_MIGRATE)) {
                auditMigration(instance);
            }
        }
        operations.values().forEach(this::auditOperation);
        delegate.handleEvents(events);
    }

    static boolean audited(UserOperationLogEntryEventEntity entry) {
        String entity = entry.getEntityType();
        if (entity == null || IDENTITY_ENTITIES.contains(entity)) {
            return false;
        }
        return AUDITED_ENTITIES.contains(entity) || DESTRUCTIVE_OPERATIONS.contains(entry.getOperationType());
    }

    private void auditOperation(List<UserOperationLogEntryEventEntity> entries) {
        UserOperationLogEntryEventEntity first = entries.get(0);
        StringBuilder detail = new StringBuilder(first.getOperationType()).append(' ').append(first.getEntityType());
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("deploymentId", first.getDeploymentId());
        ids.put("processDefinitionId", first.getProcessDefinitionId());
        ids.put("processDefinitionKey", first.getProcessDefinitionKey());
        ids.put("processInstanceId", first.getProcessInstanceId());
        ids.put("taskId", first.getTaskId());
        ids.put("jobId", first.getJobId());
        ids.put("jobDefinitionId", first.getJobDefinitionId());
        ids.put("batchId", first.getBatchId());
        ids.put("externalTaskId", first.getExternalTaskId());
        Set<String> properties = new LinkedHashSet<>();
        for (UserOperationLogEntryEventEntity entry : entries) {
            if (entry.getProperty() == null) {
                continue;
            }
            if (ID_PROPERTIES.contains(entry.getProperty())) {
                ids.putIfAbsent(entry.getProperty(), entry.getNewValue() != null ? entry.getNewValue() : entry.getOrgValue());
            } else {
                properties.add(entry.getProperty());
            }
        }
        ids.forEach((name, value) -> {
            if (value != null) {
                detail.append(' ').append(name).append('=').append(value);
            }
        });
        if (!properties.isEmpty()) {
            detail.append(" properties=").append(String.join(",", properties));
        }
        auditLog.get().record(first.getUserId(), AuditEventType.ENGINE_OPERATION, first.getTenantId(), null, detail.toString());
    }

    private void auditMigration(HistoricProcessInstanceEventEntity instance) {
        CommandContext context = Context.getCommandContext();
        String actor = context == null || context.getAuthenticatedUserId() == null ? "batch" : context.getAuthenticatedUserId();
        String businessKey = instance.getBusinessKey();
        auditLog.get().record(actor, AuditEventType.CASE_MIGRATION, instance.getTenantId(),
                businessKey != null && businessKey.length() <= 40 ? businessKey : null,
                "process instance " + instance.getProcessInstanceId() + " migrated to " + instance.getProcessDefinitionId());
    }
}
