package org.hrdcasework.relationships;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the checklist just answered to digital_security_check; sets {@code securityFinding} and the check's id. */
@Component
class StoreSecurityCheckDelegate implements JavaDelegate {

    private final RelationshipService service;

    StoreSecurityCheckDelegate(RelationshipService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> answers = new HashMap<>();
        RelationshipService.CHECKLIST.forEach(item -> answers.put(item, execution.getVariable(item)));
        RelationshipService.CheckResult result = service.recordSecurityCheck(RelationshipVariables.relationshipId(execution),
                execution.getVariable(RelationshipProcesses.CHECKED_ON), answers, RelationshipVariables.actor(execution));
        execution.setVariable(RelationshipProcesses.SECURITY_CHECK_ID, result.checkId().toString());
        execution.setVariable(RelationshipProcesses.SECURITY_FINDING, result.finding());
    }
}
