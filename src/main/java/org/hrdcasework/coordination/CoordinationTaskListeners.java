package org.hrdcasework.coordination;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.FormAnswers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Completion listeners of the coordination tasks: what the form captured is written to the
 * coordination tables in the completion's transaction (the model's listeners run before the task
 * record removes the {@code sensitive_*} fields). Invalid answers abort the completion, so the task
 * stays open with a message naming the field.
 */
@Configuration(proxyBeanMethods = false)
class CoordinationTaskListeners {

    /** The sharing or referral a task writes to is looked up and must be of the task's mission. */
    private final MissionScope missionScope;

    CoordinationTaskListeners(MissionScope missionScope) {
        this.missionScope = missionScope;
    }

    @Bean
    TaskListener seekConsentToShareListener(CaseSharingService sharing) {
        return task -> {
            boolean obtained = FormAnswers.yesNo(CoordinationProcesses.CONSENT_OBTAINED, task.getVariable(CoordinationProcesses.CONSENT_OBTAINED));
            sharing.recordConsentAnswer(reference(task), obtained,
                    (String) task.getVariable(CoordinationProcesses.CONSENT_SCOPE),
                    (String) task.getVariable(CoordinationProcesses.CONSENT_GIVEN_BY),
                    FormAnswers.optionalDate(CoordinationProcesses.CONSENT_EXPIRES_ON, task.getVariable(CoordinationProcesses.CONSENT_EXPIRES_ON)),
                    TaskActors.actor(task), caseReference(task));
        };
    }

    @Bean
    TaskListener draftSharedSummaryListener(CaseSharingService sharing) {
        return task -> sharing.saveSummary(reference(task), task.getVariable(CoordinationProcesses.SHARED_SUMMARY),
                TaskActors.actor(task));
    }

    @Bean
    TaskListener approveSharingListener(CaseSharingService sharing) {
        return task -> {
            Object decision = task.getVariable(CoordinationProcesses.SHARING_DECISION);
            if (CoordinationProcesses.APPROVED.equals(decision)) {
                // Validated before anything is written; the gateway after sharing reads it.
                FormAnswers.yesNo(CoordinationProcesses.JOINT_ACTION_PLANNED, task.getVariable(CoordinationProcesses.JOINT_ACTION_PLANNED));
            }
            sharing.decide(reference(task), decision == null ? null : decision.toString(), TaskActors.actor(task));
        };
    }

    @Bean
    TaskListener recordJointActionListener(CaseSharingService sharing) {
        return task -> sharing.recordJointAction(reference(task), task.getVariable(CoordinationProcesses.JOINT_ACTION_KIND),
                task.getVariable(CoordinationProcesses.TAKEN_ON), TaskActors.actor(task));
    }

    @Bean
    TaskListener prepareUnSubmissionListener(UnReferralService referrals) {
        return task -> referrals.saveSubmission(reference(task), task.getVariable(CoordinationProcesses.SUBMISSION_TEXT));
    }

    @Bean
    TaskListener clearUnSubmissionListener(UnReferralService referrals) {
        return task -> referrals.clear(reference(task), task.getVariable(CoordinationProcesses.CLEARANCE_DECISION),
                TaskActors.actor(task));
    }

    /** Starts the 60-day reply clock: replyDueOn (a date) drives the timer on "Record the state's reply". */
    @Bean
    TaskListener recordUnSubmissionListener(UnReferralService referrals) {
        return task -> {
            LocalDate due = referrals.recordSubmission(reference(task), task.getVariable(CoordinationProcesses.SUBMITTED_ON));
            task.getExecution().setVariable(CoordinationProcesses.REPLY_DUE_ON,
                    Date.from(due.atStartOfDay(ZoneOffset.UTC).toInstant()));
        };
    }

    @Bean
    TaskListener recordStateReplyListener(UnReferralService referrals) {
        return task -> referrals.recordStateReply(reference(task), task.getVariable(CoordinationProcesses.STATE_REPLIED),
                task.getVariable(CoordinationProcesses.REPLIED_ON), task.getVariable(CoordinationProcesses.REPLY_ASSESSMENT));
    }

    @Bean
    TaskListener followUpUnansweredListener(UnReferralService referrals) {
        return task -> referrals.recordFollowUp(reference(task), task.getVariable(CoordinationProcesses.FOLLOW_UP));
    }

    private String reference(DelegateTask task) {
        return missionScope.dutyReference(task);
    }

    private String caseReference(DelegateTask task) {
        return missionScope.caseReference(task);
    }
}
