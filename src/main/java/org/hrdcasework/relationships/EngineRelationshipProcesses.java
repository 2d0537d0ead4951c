package org.hrdcasework.relationships;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.duties.DutyReferences;
import org.hrdcasework.escalation.EscalationEngine;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Starts DefenderContact and DigitalSecurityCheck with the relationship reference as business key
 * (the mission becomes their tenant), re-times them when the defender's tier changes and ends them by
 * correlating RelationshipEnded to that key.
 */
@Component
class EngineRelationshipProcesses implements RelationshipEngine {

    private final RuntimeService runtimeService;
    private final EscalationEngine escalationActions;

    EngineRelationshipProcesses(RuntimeService runtimeService, EscalationEngine escalationActions) {
        this.runtimeService = runtimeService;
        this.escalationActions = escalationActions;
    }

    @Override
    public Started start(Start start) {
        VariableMap variables = Variables.createVariables()
                .putValue(ProcessVariables.MISSION_ID, start.missionId())
                .putValue(ProcessVariables.DUTY_REFERENCE, start.reference())
                .putValue(RelationshipProcesses.RELATIONSHIP_ID, start.relationshipId().toString())
                .putValue(RelationshipProcesses.CONTACT_TIER, start.contactTier())
                .putValue(ProcessVariables.URGENCY_TIER, start.contactTier())
                .putValue(RelationshipProcesses.LIAISON_OFFICER, start.liaisonOfficer())
                .putValue(RelationshipProcesses.DEPUTY_OFFICER, start.deputyOfficer())
                // A null deputy cannot be a candidate-user expression of its own: one comma-separated list.
                .putValue(RelationshipProcesses.CONTACT_OFFICERS, start.deputyOfficer() == null ? start.liaisonOfficer()
                        : start.liaisonOfficer() + "," + start.deputyOfficer());
        String contact = runtimeService.createProcessInstanceByKey(RelationshipProcesses.DEFENDER_CONTACT)
                .businessKey(start.reference()).setVariables(variables).execute().getId();
        String security = runtimeService.createProcessInstanceByKey(RelationshipProcesses.DIGITAL_SECURITY_CHECK)
                .businessKey(start.reference()).setVariables(variables).execute().getId();
        return new Started(contact, security);
    }

    @Override
    public void cadenceChanged(String reference, String missionId, int tier) {
        // Only a process waiting for its next date subscribes; one at a task re-reads the tier when it schedules.
        runtimeService.createMessageCorrelation(RelationshipProcesses.MESSAGE_CADENCE_CHANGED)
                .processInstanceBusinessKey(reference)
                .tenantId(missionId)
                .correlateAll();
        // The open contact, check or referral tasks escalate by the new tier (their watches share the reference).
        escalationActions.retime(reference, tier);
    }

    @Override
    public void end(String reference, String missionId) {
        // Escalation watches share the business key but do not subscribe to this message.
        runtimeService.createMessageCorrelation(RelationshipProcesses.MESSAGE_RELATIONSHIP_ENDED)
                .processInstanceBusinessKey(reference)
                .tenantId(missionId)
                .correlateAll();
    }
}
