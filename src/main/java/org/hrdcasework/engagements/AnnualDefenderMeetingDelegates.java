package org.hrdcasework.engagements;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.ProcessVariables;
import org.hrdcasework.system.web.FormAnswers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine glue of processes/AnnualDefenderMeeting: thin delegates over {@link AnnualMeetingService}. */
@Configuration(proxyBeanMethods = false)
class AnnualDefenderMeetingDelegates {

    /** The list: invitation ids only; the consent tasks run one per invitation. */
    @Bean
    JavaDelegate buildInvitationListDelegate(AnnualMeetingService service) {
        return execution -> {
            List<String> ids = service.buildInvitationList(meetingId(execution)).stream().map(UUID::toString).toList();
            execution.setVariable(EngagementProcesses.INVITATION_IDS, ids);
            execution.setVariable(EngagementProcesses.INVITATION_COUNT, ids.size());
        };
    }

    /**
     * Shows the case officer which defender (by code name) a consent task is about, and declares
     * the answer's variables on the instance so that parallel answers stay apart.
     */
    @Bean
    ExecutionListener invitationCodeNameListener(AnnualMeetingService service) {
        return execution -> {
            execution.setVariableLocal(EngagementProcesses.DEFENDER_CODE_NAME,
                    service.invitation(invitationId(execution)).codeName());
            execution.setVariableLocal(EngagementProcesses.CONSENT_TO_INVITE, null);
            execution.setVariableLocal(EngagementProcesses.PREFERRED_CHANNEL, null);
        };
    }

    /** Stores the defender's answer on their invitation when the consent task completes. */
    @Bean
    TaskListener invitationConsentListener(AnnualMeetingService service) {
        return task -> service.recordConsent(MissionScope.ownRow(task, EngagementProcesses.INVITATION_ID, MissionScope.Owned.MEETING_INVITATION),
                (String) task.getVariable(EngagementProcesses.CONSENT_TO_INVITE),
                (String) task.getVariable(EngagementProcesses.PREFERRED_CHANNEL));
    }

    @Bean
    JavaDelegate markInvitationsSentDelegate(AnnualMeetingService service) {
        return execution -> {
            List<AnnualMeetingService.InviteeOption> invitees = service.markInvitationsSent(meetingId(execution));
            EngagementEngine.setOptions(execution, EngagementProcesses.INVITEE_OPTIONS, EngagementProcesses.INVITEE_COUNT, invitees);
        };
    }

    /**
     * Records attendance and sets when next year's meeting is prepared: computed here, as the timer is reached, so
     * that a redeployed Cadences.dmn applies to the next date.
     */
    @Bean
    JavaDelegate closeMeetingYearDelegate(AnnualMeetingService service) {
        return execution -> {
            Object count = execution.getVariable(EngagementProcesses.ATTENDEE_COUNT);
            UUID meetingId = meetingId(execution);
            service.recordMeeting(meetingId, count instanceof Number n ? n.intValue() : null,
                    FormAnswers.strings(execution.getVariable(EngagementProcesses.ATTENDED_DEFENDERS)));
            execution.setVariable(EngagementProcesses.NEXT_PLANNING_DATE, ProcessVariables.startOf(service.nextPlanningDate(meetingId)));
        };
    }

    /** Moves the series on to next year's meeting: its id, reference, year and dates replace this year's. */
    @Bean
    JavaDelegate planNextYearDelegate(AnnualMeetingService service) {
        return execution -> {
            Optional<AnnualMeetingService.NextYear> next = service.planNextYear(meetingId(execution));
            execution.setVariable(EngagementProcesses.NEXT_YEAR_FREE, next.isPresent());
            next.ifPresent(year -> {
                execution.setVariables(EngagementEngine.yearVariables(year.meetingId(), year.year(), year.plannedOn()));
                execution.setVariable(ProcessVariables.DUTY_REFERENCE, year.reference());
                for (String previous : List.of(EngagementProcesses.INVITATION_IDS, EngagementProcesses.INVITEE_OPTIONS,
                        EngagementProcesses.ATTENDED_DEFENDERS, EngagementProcesses.ATTENDEE_COUNT)) {
                    execution.removeVariable(previous);
                }
            });
        };
    }

    @Bean
    JavaDelegate stopAnnualMeetingsDelegate(AnnualMeetingService service) {
        return execution -> service.stopped(meetingId(execution));
    }

    private static UUID meetingId(DelegateExecution execution) {
        // The meeting and invitation must be of the instance's mission, whatever the variables say.
        return MissionScope.ownRow(execution, EngagementProcesses.MEETING_ID, MissionScope.Owned.ANNUAL_MEETING);
    }

    private static UUID invitationId(DelegateExecution execution) {
        return MissionScope.ownRow(execution, EngagementProcesses.INVITATION_ID, MissionScope.Owned.MEETING_INVITATION);
    }
}
