package org.hrdcasework.relationships;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.ProcessVariables;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** What the relationship delegates read from and write to their process instance. */
final class RelationshipVariables {

    private RelationshipVariables() {
    }

    static UUID relationshipId(DelegateExecution execution) {
        // The relationship must be of the instance's mission, whatever the variable says.
        return MissionScope.ownRow(execution, RelationshipProcesses.RELATIONSHIP_ID, MissionScope.Owned.RELATIONSHIP);
    }

    /** The user completing the task that led here (Tasklist, REST), else "system". */
    static String actor(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : "system";
    }

    /** Timers fire at the start of the due day (UTC), like the other date deadlines. */
    static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Sets the tier read now under both names: the relationship's and the one the escalation policy reads. */
    static void setTier(DelegateExecution execution, int tier) {
        execution.setVariable(RelationshipProcesses.CONTACT_TIER, tier);
        execution.setVariable(ProcessVariables.URGENCY_TIER, tier);
    }
}
