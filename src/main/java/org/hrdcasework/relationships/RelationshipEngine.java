package org.hrdcasework.relationships;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.escalation.EscalationEngine;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.MissionStaff;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The engine side of a relationship, the only place its service reaches the engine: starts
 * DefenderContact and DigitalSecurityCheck with the relationship reference as business key (the
 * mission becomes their tenant), re-times them when the defender's tier changes, ends them by
 * correlating RelationshipEnded to that key, and reads the engine's identity tables for who may
 * liaise. Its static part is what the two processes' glue reads from and writes to an instance.
 */
@Component
class RelationshipEngine {

    /** What both processes start with: ids, the tier and the officers' user ids only. */
    record Start(UUID relationshipId, String reference, String missionId, int contactTier, String liaisonOfficer,
                 String deputyOfficer) {
    }

    /** The process instance ids of a relationship. */
    record Started(String contactProcessId, String securityProcessId) {
    }

    private final RuntimeService runtimeService;
    private final MissionStaff staff;
    private final EscalationEngine escalations;

    RelationshipEngine(RuntimeService runtimeService, MissionStaff staff, EscalationEngine escalations) {
        this.runtimeService = runtimeService;
        this.staff = staff;
        this.escalations = escalations;
    }

    Started start(Start start) {
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

    /**
     * The defender's tier changed: both processes, where waiting for their next date, compute it
     * again, and the deadlines of their open tasks follow the new tier.
     */
    void cadenceChanged(String reference, String missionId, int tier) {
        // Only a process waiting for its next date subscribes; one at a task re-reads the tier when it schedules.
        runtimeService.createMessageCorrelation(RelationshipProcesses.MESSAGE_CADENCE_CHANGED)
                .processInstanceBusinessKey(reference)
                .tenantId(missionId)
                .correlateAll();
        // The open contact, check or referral tasks escalate by the new tier (their watches share the reference).
        escalations.retime(reference, tier);
    }

    /** Ends both processes, wherever they stand (timer, open task). */
    void end(String reference, String missionId) {
        // Escalation watches share the business key but do not subscribe to this message.
        runtimeService.createMessageCorrelation(RelationshipProcesses.MESSAGE_RELATIONSHIP_ENDED)
                .processInstanceBusinessKey(reference)
                .tenantId(missionId)
                .correlateAll();
    }

    /** True if the user exists, belongs to the mission and is a case officer, supervisor or senior official. */
    boolean mayLiaise(String userId, String missionId) {
        return staff.isStaff(userId, missionId);
    }

    static UUID relationshipId(DelegateExecution execution) {
        // The relationship must be of the instance's mission, whatever the variable says.
        return MissionScope.ownRow(execution, RelationshipProcesses.RELATIONSHIP_ID, MissionScope.Owned.RELATIONSHIP);
    }


    /**
     * Before the wait for the next contact or check: clears the previous answers so the next form
     * starts empty, sets the tier read now under both names (the relationship's and the one the
     * escalation policy reads) and the due date, whose timer fires at the start of the day (UTC).
     */
    static void scheduled(DelegateExecution execution, RelationshipService.Schedule schedule,
                          List<String> previousAnswers, String dueVariable) {
        execution.removeVariables(previousAnswers);
        execution.setVariable(RelationshipProcesses.CONTACT_TIER, schedule.tier());
        execution.setVariable(ProcessVariables.URGENCY_TIER, schedule.tier());
        execution.setVariable(dueVariable, ProcessVariables.startOf(schedule.due()));
    }

    /** The people of each mission who may liaise (case officers, supervisors, senior officials), for a choice on a page. */
    List<MissionStaff.Member> liaisonOfficers(java.util.Collection<String> missions) {
        return staff.of(missions);
    }
}
