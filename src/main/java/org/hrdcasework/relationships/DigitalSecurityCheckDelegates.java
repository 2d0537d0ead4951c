package org.hrdcasework.relationships;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hrdcasework.system.engine.TaskActors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine glue of processes/DigitalSecurityCheck: thin delegates over {@link RelationshipService}. */
@Configuration(proxyBeanMethods = false)
class DigitalSecurityCheckDelegates {

    private static final List<String> PREVIOUS_ANSWERS = Stream.concat(RelationshipService.CHECKLIST.stream(),
            Stream.of(RelationshipProcesses.CHECKED_ON, RelationshipProcesses.HELPLINE, RelationshipProcesses.REFERRED_ON,
                    RelationshipProcesses.SECURITY_FINDING, RelationshipProcesses.SECURITY_CHECK_ID)).toList();

    /** Before each wait: reads the defender's current tier and sets {@code nextSecurityCheckDue}. */
    @Bean
    JavaDelegate scheduleSecurityCheckDelegate(RelationshipService service) {
        return execution -> RelationshipEngine.scheduled(execution,
                service.scheduleNextSecurityCheck(RelationshipEngine.relationshipId(execution)),
                PREVIOUS_ANSWERS, RelationshipProcesses.NEXT_CHECK_DUE);
    }

    /**
     * Writes the checklist just answered to digital_security_check; sets {@code securityFinding} and
     * the check's id. The service reads the answers: it checks the date against the relationship first.
     */
    @Bean
    JavaDelegate storeSecurityCheckDelegate(RelationshipService service) {
        return execution -> {
            Map<String, Object> answers = new HashMap<>();
            RelationshipService.CHECKLIST.forEach(item -> answers.put(item, execution.getVariable(item)));
            RelationshipService.CheckResult result = service.recordSecurityCheck(RelationshipEngine.relationshipId(execution),
                    execution.getVariable(RelationshipProcesses.CHECKED_ON), answers, TaskActors.actor(execution));
            execution.setVariable(RelationshipProcesses.SECURITY_CHECK_ID, result.checkId().toString());
            execution.setVariable(RelationshipProcesses.SECURITY_FINDING, result.finding());
        };
    }

    /** Writes the helpline referral of the finding to its digital_security_check row. */
    @Bean
    JavaDelegate storeReferralDelegate(RelationshipService service) {
        return execution -> service.recordReferral(RelationshipEngine.relationshipId(execution),
                UUID.fromString((String) execution.getVariable(RelationshipProcesses.SECURITY_CHECK_ID)),
                execution.getVariable(RelationshipProcesses.HELPLINE),
                execution.getVariable(RelationshipProcesses.REFERRED_ON));
    }
}
