package org.hrdcasework.reprisals;

import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.system.engine.Cadences;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine glue of processes/ReprisalWatch: the clocks the timers read are written here from the
 * watch's row and the designers' table, never by a form; every answer is checked when its task
 * completes (a value the process does not know refuses the completion, 400 naming the field) and
 * the routing values the gateways read are written here. Notes stay in the sealed task records.
 */
@Configuration(proxyBeanMethods = false)
class ReprisalWatchDelegates {

    private final ReprisalWatches watches;
    private final Cadences cadences;

    ReprisalWatchDelegates(ReprisalWatches watches, Cadences cadences) {
        this.watches = watches;
        this.cadences = cadences;
    }

    /** At the start: the watch's end (from its row, set from REPRISAL_WATCH) and the check-in cadence (REPRISAL_CHECK_IN). */
    @Bean
    ExecutionListener reprisalWatchStartListener() {
        return execution -> {
            ReprisalWatchView watch = watches.watch(watchId(execution), MissionScope.mission(execution));
            execution.setVariable(ReprisalProcesses.WATCH_ENDS_AT, Date.from(watch.endsAt().toInstant()));
            execution.setVariable(ReprisalProcesses.CHECK_IN_AFTER, cadences.isoDays(Cadences.REPRISAL_CHECK_IN));
        };
    }

    /** "Check in with the defender after the engagement": no signs, or a suspected reprisal to record. */
    @Bean
    TaskListener checkInAfterEngagementListener() {
        return task -> {
            FormAnswers.date(ReprisalProcesses.CHECKED_IN_ON, task.getVariable(ReprisalProcesses.CHECKED_IN_ON));
            ReprisalSigns signs = FormAnswers.choice(ReprisalSigns.class, ReprisalProcesses.REPRISAL_SIGNS,
                    task.getVariable(ReprisalProcesses.REPRISAL_SIGNS));
            task.getExecution().setVariable(ReprisalProcesses.REPRISAL_SIGNS, signs.name());
            // The next check-in's clock, from the designers' table as this one ends.
            task.getExecution().setVariable(ReprisalProcesses.CHECK_IN_AFTER, cadences.isoDays(Cadences.REPRISAL_CHECK_IN));
        };
    }

    /**
     * "Record the suspected reprisal": recorded against the watch's engagement, and a risk
     * reassessment starts on the defender's open, verified cases (as on a concern at a contact).
     */
    @Bean
    TaskListener recordSuspectedReprisalListener(CaseFileService caseFileService) {
        return task -> {
            ReprisalKind kind = FormAnswers.choice(ReprisalKind.class, ReprisalProcesses.REPRISAL_KIND,
                    task.getVariable(ReprisalProcesses.REPRISAL_KIND));
            String mission = MissionScope.mission(task);
            UUID defender = watches.recordCheckInReprisal(watchId(task), mission, kind, TaskActors.actor(task));
            caseFileService.reassessAfterReprisal(defender, mission);
            task.getExecution().setVariable(ReprisalProcesses.REPRISAL_KIND, kind.name());
        };
    }

    /** "Confirm the link to the engagement": the threat report after the engagement is a reprisal, or not. */
    @Bean
    TaskListener confirmReprisalLinkListener() {
        return task -> {
            ReprisalLink link = FormAnswers.choice(ReprisalLink.class, ReprisalProcesses.REPRISAL_LINK,
                    task.getVariable(ReprisalProcesses.REPRISAL_LINK));
            watches.decideLink(watchId(task), MissionScope.mission(task), link, TaskActors.actor(task));
            // Local to this confirmation: several may run side by side in one watch.
            task.getExecution().setVariableLocal(ReprisalProcesses.REPRISAL_LINK, link.name());
        };
    }

    /** The watch period ran out: the watch's row is closed. */
    @Bean
    JavaDelegate closeReprisalWatchDelegate() {
        return execution -> watches.close(watchId(execution), MissionScope.mission(execution));
    }

    private static UUID watchId(VariableScope scope) {
        Object value = scope.getVariable(ReprisalProcesses.WATCH_ID);
        try {
            return UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(ReprisalProcesses.WATCH_ID, "names no watch of this mission");
        }
    }
}
