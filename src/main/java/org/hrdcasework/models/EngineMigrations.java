package org.hrdcasework.models;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running cases from one version of a model to another: equal activities are mapped,
 * designers add explicit mappings, the engine validates the plan and every instance, and only a
 * plan that holds for all instances runs (as a batch). Timers keep their due dates unless the
 * administrator asks to recompute them from the new model (updateEventTriggers). Every instance a
 * migration is started for gets an audit row naming who asked; the engine audits each instance
 * again when it moves (system/engine/EngineOperationAudit).
 */
@Component
class EngineMigrations {

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TransactionTemplate dryRun;
    private final TransactionTemplate transaction;
    private final AuditLog auditLog;

    EngineMigrations(RepositoryService repositoryService, RuntimeService runtimeService,
                     PlatformTransactionManager transactionManager, AuditLog auditLog) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.dryRun = new TransactionTemplate(transactionManager);
        this.transaction = new TransactionTemplate(transactionManager);
        this.auditLog = auditLog;
    }

    /** One version of a process and how many instances run on it (counted across missions; no case data). */
    record Version(int version, String definitionId, long runningInstances) {
    }

    /** A mapping the designer adds to the equal-activity mapping. */
    record Mapping(String from, String to) {
    }

    /** What a migration request found or did. */
    record Result(String sourceDefinitionId, String targetDefinitionId, long instances, List<String> problems, String batchId) {
    }

    List<Version> versions(String processKey) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().asc().list().stream()
                .map(d -> new Version(d.getVersion(), d.getId(),
                        runtimeService.createProcessInstanceQuery().processDefinitionId(d.getId()).count()))
                .toList();
    }

    Result migrate(String actor, String processKey, int fromVersion, Integer toVersion, List<Mapping> mappings,
                   boolean updateEventTriggers, boolean execute) {
        ProcessDefinition source = definition(processKey, fromVersion, "fromVersion");
        ProcessDefinition target = toVersion == null
                ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult()
                : definition(processKey, toVersion, "toVersion");
        MigrationPlan plan;
        try {
            MigrationInstructionsBuilder equal = runtimeService.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
            MigrationPlanBuilder builder = updateEventTriggers ? equal.updateEventTriggers() : equal;
            for (Mapping mapping : mappings) {
                MigrationInstructionBuilder instruction = builder.mapActivities(mapping.from(), mapping.to());
                builder = updateEventTriggers ? instruction.updateEventTrigger() : instruction;
            }
            plan = builder.build();
        } catch (MigrationPlanValidationException e) {
            List<String> problems = new ArrayList<>();
            e.getValidationReport().getInstructionReports().forEach(r -> r.getFailures()
                    .forEach(f -> problems.add(r.getMigrationInstruction() + ": " + f)));
            if (problems.isEmpty()) {
                problems.add(e.getMessage());
            }
            return new Result(source.getId(), target.getId(), 0, problems, null);
        } catch (RuntimeException e) {
            return new Result(source.getId(), target.getId(), 0, List.of("the migration plan is not valid: " + e.getMessage()), null);
        }
        ProcessInstanceQuery instances = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId());
        long count = instances.count();
        List<String> problems = validateInstances(plan, source.getId());
        if (!problems.isEmpty() || !execute || count == 0) {
            return new Result(source.getId(), target.getId(), count, problems, null);
        }
        List<ProcessInstance> moving = instances.list();
        MigrationPlan validPlan = plan;
        // The batch and its audit rows commit together: no migration runs unaudited.
        String batchId = transaction.execute(status -> {
            Batch batch = runtimeService.newMigration(validPlan)
                    .processInstanceIds(moving.stream().map(ProcessInstance::getId).toList())
                    .skipCustomListeners().executeAsync();
            for (ProcessInstance instance : moving) {
                String businessKey = instance.getBusinessKey();
                auditLog.record(actor, AuditEventType.CASE_MIGRATION, instance.getTenantId(),
                        businessKey != null && businessKey.length() <= 40 ? businessKey : null,
                        "migration of process instance " + instance.getId() + " from " + source.getId() + " to "
                                + target.getId() + " requested (batch " + batch.getId() + ")");
            }
            return batch.getId();
        });
        return new Result(source.getId(), target.getId(), moving.size(), List.of(), batchId);
    }

    /** Migrates every instance inside a transaction that is always rolled back: the engine's per-instance report, nothing applied. */
    private List<String> validateInstances(MigrationPlan plan, String sourceDefinitionId) {
        List<String> problems = new ArrayList<>();
        dryRun.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                runtimeService.newMigration(plan)
                        .processInstanceQuery(runtimeService.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId))
                        .skipCustomListeners().execute();
            } catch (MigratingProcessInstanceValidationException e) {
                problems.add("instance " + e.getValidationReport().getProcessInstanceId() + ": "
                        + String.join(", ", e.getValidationReport().getFailures()));
                e.getValidationReport().getActivityInstanceReports().forEach(r -> problems.add("instance "
                        + e.getValidationReport().getProcessInstanceId() + ", activity " + r.getSourceScopeId() + ": "
                        + String.join(", ", r.getFailures())));
            }
        });
        return problems;
    }

    private ProcessDefinition definition(String processKey, int version, String field) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new InvalidInputException(field, "no version " + version + " of " + processKey);
        }
        return definition;
    }
}
