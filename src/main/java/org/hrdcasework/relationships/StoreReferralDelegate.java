package org.hrdcasework.relationships;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the helpline referral of the finding to its digital_security_check row. */
@Component
class StoreReferralDelegate implements JavaDelegate {

    private final RelationshipService service;

    StoreReferralDelegate(RelationshipService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordReferral(RelationshipVariables.relationshipId(execution),
                UUID.fromString((String) execution.getVariable(RelationshipProcesses.SECURITY_CHECK_ID)),
                execution.getVariable(RelationshipProcesses.HELPLINE),
                execution.getVariable(RelationshipProcesses.REFERRED_ON));
    }
}
