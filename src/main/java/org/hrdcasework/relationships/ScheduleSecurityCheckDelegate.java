package org.hrdcasework.relationships;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Before each wait for the next digital-security check: reads the defender's current tier and
 * sets {@code nextSecurityCheckDue}; clears the previous check's answers.
 */
@Component
class ScheduleSecurityCheckDelegate implements JavaDelegate {

    private static final List<String> PREVIOUS_ANSWERS;

    static {
        List<String> answers = new ArrayList<>(RelationshipService.CHECKLIST);
        answers.addAll(List.of(RelationshipProcesses.CHECKED_ON, RelationshipProcesses.HELPLINE,
                RelationshipProcesses.REFERRED_ON, RelationshipProcesses.SECURITY_FINDING,
                RelationshipProcesses.SECURITY_CHECK_ID));
        PREVIOUS_ANSWERS = List.copyOf(answers);
    }

    private final RelationshipService service;

    ScheduleSecurityCheckDelegate(RelationshipService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RelationshipService.Schedule schedule = service.scheduleNextSecurityCheck(RelationshipVariables.relationshipId(execution));
        execution.removeVariables(PREVIOUS_ANSWERS);
        RelationshipVariables.setTier(execution, schedule.tier());
        execution.setVariable(RelationshipProcesses.NEXT_CHECK_DUE, RelationshipVariables.startOfDay(schedule.due()));
    }
}
