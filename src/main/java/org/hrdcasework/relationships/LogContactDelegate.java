package org.hrdcasework.relationships;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the contact just reported to contact_log; sets the routing fact {@code defenderSituation}. */
@Component
class LogContactDelegate implements JavaDelegate {

    private final RelationshipService service;

    LogContactDelegate(RelationshipService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DefenderSituation situation = service.logContact(RelationshipVariables.relationshipId(execution),
                execution.getVariable(RelationshipProcesses.CONTACT_KIND),
                execution.getVariable(RelationshipProcesses.CONTACTED_ON),
                execution.getVariable(RelationshipProcesses.DEFENDER_SITUATION),
                RelationshipVariables.actor(execution));
        execution.setVariable(RelationshipProcesses.DEFENDER_SITUATION, situation.name());
    }
}
