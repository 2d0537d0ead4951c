package org.hrdcasework.relationships;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Before each wait for the next contact: reads the defender's current tier and sets
 * {@code nextContactDue}; clears the previous contact's answers so the next form starts empty.
 */
@Component
class ScheduleContactDelegate implements JavaDelegate {

    private static final List<String> PREVIOUS_ANSWERS = List.of(RelationshipProcesses.CONTACT_KIND,
            RelationshipProcesses.CONTACTED_ON, RelationshipProcesses.DEFENDER_SITUATION, RelationshipProcesses.FOLLOW_UP);

    private final RelationshipService service;

    ScheduleContactDelegate(RelationshipService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RelationshipService.Schedule schedule = service.scheduleNextContact(RelationshipVariables.relationshipId(execution));
        execution.removeVariables(PREVIOUS_ANSWERS);
        RelationshipVariables.setTier(execution, schedule.tier());
        execution.setVariable(RelationshipProcesses.NEXT_CONTACT_DUE, RelationshipVariables.startOfDay(schedule.due()));
    }
}
