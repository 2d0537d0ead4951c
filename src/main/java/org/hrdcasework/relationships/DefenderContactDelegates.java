package org.hrdcasework.relationships;

import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.FormAnswers;
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

    /**
     * "Follow up a concern" completed: a reassessment starts on the defender's open cases; a further
     * threat report must have been filed since the concern was raised; or nothing more. Refusals
     * name the field and keep the task open.
     */
    @Bean
    TaskListener concernFollowUpListener(RelationshipService service, CaseFileService cases) {
        return task -> {
            ConcernFollowUp followUp = FormAnswers.choice(ConcernFollowUp.class, RelationshipProcesses.FOLLOW_UP,
                    task.getVariable(RelationshipProcesses.FOLLOW_UP));
            RelationshipRecord relationship = service.record(RelationshipEngine.relationshipId(task.getExecution()));
            switch (followUp) {
                case REASSESS_RISK -> cases.reassessOnConcern(relationship.defenderId(), relationship.missionId(),
                        RelationshipProcesses.FOLLOW_UP);
                case FILE_FURTHER_REPORT -> cases.requireReportSince(relationship.defenderId(), relationship.missionId(),
                        task.getCreateTime().toInstant().atOffset(ZoneOffset.UTC), RelationshipProcesses.FOLLOW_UP);
                case NONE -> { }
            }
        };
    }
}
