package org.hrdcasework.engagements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.system.engine.FormOptions;
import org.hrdcasework.system.engine.ProcessVariables;
import org.springframework.stereotype.Component;

/** Starts and signals the engagement processes; the duty reference is the business key. */
@Component
class EngagementEngine {

    private final RuntimeService runtimeService;

    EngagementEngine(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    String startEngagement(UUID engagementId, String reference, String missionId, LocalDate scheduledOn) {
        return runtimeService.createProcessInstanceByKey(EngagementProcesses.HIGH_LEVEL_ENGAGEMENT)
                .businessKey(reference)
                .setVariables(Variables.createVariables()
                        .putValue(ProcessVariables.MISSION_ID, missionId)
                        .putValue(ProcessVariables.DUTY_REFERENCE, reference)
                        .putValue(EngagementProcesses.ENGAGEMENT_ID, engagementId.toString())
                        .putValue(EngagementProcesses.SCHEDULED_ON, scheduledOn.toString())
                        .putValue(EngagementProcesses.OUTCOME_FROM, ProcessVariables.startOf(scheduledOn.plusDays(1))))
                .execute()
                .getId();
    }

    String startAnnualMeetings(UUID meetingId, String reference, String missionId, int year, LocalDate plannedOn) {
        VariableMap variables = Variables.createVariables()
                .putValue(ProcessVariables.MISSION_ID, missionId)
                .putValue(ProcessVariables.DUTY_REFERENCE, reference);
        variables.putAll(yearVariables(meetingId, year, plannedOn));
        return runtimeService.createProcessInstanceByKey(EngagementProcesses.ANNUAL_DEFENDER_MEETING)
                .businessKey(reference)
                .setVariables(variables)
                .execute()
                .getId();
    }

    /** A form checklist's options (JSON, as Camunda Forms reads them) and their number, set on the instance. */
    static void setOptions(DelegateExecution execution, String optionsVariable, String countVariable, List<?> options) {
        FormOptions.set(execution, optionsVariable, options);
        execution.setVariable(countVariable, options.size());
    }

    /** The variables of one year's meeting; the series moves on to the next year by replacing them. */
    static Map<String, Object> yearVariables(UUID meetingId, int year, LocalDate plannedOn) {
        return Variables.createVariables()
                .putValue(EngagementProcesses.MEETING_ID, meetingId.toString())
                .putValue(EngagementProcesses.MEETING_YEAR, year)
                .putValue(EngagementProcesses.PLANNED_ON, plannedOn.toString())
                .putValue(EngagementProcesses.MEETING_RECORD_FROM, ProcessVariables.startOf(plannedOn.plusDays(1)));
    }

    /** Ends the engagement's process through its event sub-process; false if it is no longer running. */
    boolean cancelEngagement(String processInstanceId) {
        return correlate(EngagementProcesses.MESSAGE_ENGAGEMENT_CANCELLED, processInstanceId);
    }

    /** Ends the series of annual meetings; false if it is no longer running. */
    boolean stopAnnualMeetings(String processInstanceId) {
        return correlate(EngagementProcesses.MESSAGE_ANNUAL_MEETINGS_STOPPED, processInstanceId);
    }

    private boolean correlate(String message, String processInstanceId) {
        if (processInstanceId == null) {
            return false;
        }
        return !runtimeService.createMessageCorrelation(message).processInstanceId(processInstanceId)
                .correlateAllWithResult().isEmpty();
    }

    /** Timers fire at the start of the day, UTC, as the escalation policy's dates do. */
}
