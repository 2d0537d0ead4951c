package org.hrdcasework.relationships;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hrdcasework.system.engine.TaskActors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine glue of processes/DefenderContact: thin delegates over {@link RelationshipService}. */
@Configuration(proxyBeanMethods = false)
class DefenderContactDelegates {

    private static final List<String> PREVIOUS_ANSWERS = List.of(RelationshipProcesses.CONTACT_KIND,
            RelationshipProcesses.CONTACTED_ON, RelationshipProcesses.DEFENDER_SITUATION, RelationshipProcesses.FOLLOW_UP);

    /** Before each wait: reads the defender's current tier and sets {@code nextContactDue}. */
    @Bean
    JavaDelegate scheduleContactDelegate(RelationshipService service) {
        return execution -> RelationshipEngine.scheduled(execution,
                service.scheduleNextContact(RelationshipEngine.relationshipId(execution)),
                PREVIOUS_ANSWERS, RelationshipProcesses.NEXT_CONTACT_DUE);
    }

    /**
     * Writes the contact just reported to contact_log; sets the routing fact {@code defenderSituation}.
     * The service reads the answers: it checks the date against the relationship before the situation.
     */
    @Bean
    JavaDelegate logContactDelegate(RelationshipService service) {
        return execution -> {
            DefenderSituation situation = service.logContact(RelationshipEngine.relationshipId(execution),
                    execution.getVariable(RelationshipProcesses.CONTACT_KIND),
                    execution.getVariable(RelationshipProcesses.CONTACTED_ON),
                    execution.getVariable(RelationshipProcesses.DEFENDER_SITUATION),
                    TaskActors.actor(execution));
            execution.setVariable(RelationshipProcesses.DEFENDER_SITUATION, situation.name());
        };
    }
}
