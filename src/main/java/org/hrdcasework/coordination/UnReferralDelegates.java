package org.hrdcasework.coordination;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.engine.FourEyes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine glue of processes/UnReferral. Completion listeners write what the form captured to the
 * coordination tables in the completion's transaction (the model's listeners run before the task
 * record removes the {@code sensitive_*} fields); invalid answers abort the completion, so the task
 * stays open with a message naming the field.
 */
@Configuration(proxyBeanMethods = false)
class UnReferralDelegates {

    /** The referral is looked up by its duty reference, which must be of the instance's mission. */
    private final MissionScope missionScope;

    UnReferralDelegates(MissionScope missionScope) {
        this.missionScope = missionScope;
    }

    /** Sets publicConsentValid: valid public consent to coordination (a UN communication becomes public). */
    @Bean
    JavaDelegate checkUnReferralConsentDelegate(UnReferralService referrals) {
        return execution -> execution.setVariable(CoordinationProcesses.PUBLIC_CONSENT_VALID,
                referrals.checkConsent(missionScope.dutyReference(execution)));
    }

    /** The communication as drafted; the service refuses it if it names the defender. */
    @Bean
    TaskListener prepareUnSubmissionListener(UnReferralService referrals) {
        return task -> referrals.saveSubmission(missionScope.dutyReference(task),
                FormAnswers.text(CoordinationProcesses.SUBMISSION_TEXT, task.getVariable(CoordinationProcesses.SUBMISSION_TEXT)));
    }

    @Bean
    TaskListener clearUnSubmissionListener(UnReferralService referrals) {
        return task -> referrals.clear(missionScope.dutyReference(task),
                task.getVariable(CoordinationProcesses.CLEARANCE_DECISION), TaskActors.actor(task));
    }

    /** Starts the reply clock (processes/Cadences.dmn, UN_REPLY: 60 days): replyDueOn (a date) drives the timer on "Record the state's reply". */
    @Bean
    TaskListener recordUnSubmissionListener(UnReferralService referrals) {
        return task -> {
            LocalDate due = referrals.recordSubmission(missionScope.dutyReference(task),
                    FormAnswers.date(CoordinationProcesses.SUBMITTED_ON, task.getVariable(CoordinationProcesses.SUBMITTED_ON)));
            task.getExecution().setVariable(CoordinationProcesses.REPLY_DUE_ON,
                    Date.from(due.atStartOfDay(ZoneOffset.UTC).toInstant()));
        };
    }

    /** Answers stay raw: the service checks the reply's date against the submission before it reads the assessment. */
    @Bean
    TaskListener recordStateReplyListener(UnReferralService referrals) {
        return task -> referrals.recordStateReply(missionScope.dutyReference(task),
                task.getVariable(CoordinationProcesses.STATE_REPLIED), task.getVariable(CoordinationProcesses.REPLIED_ON),
                task.getVariable(CoordinationProcesses.REPLY_ASSESSMENT));
    }

    /** The state let the reply period pass, or the officer recorded that it will not reply. */
    @Bean
    JavaDelegate markCommunicationUnansweredDelegate(UnReferralService referrals) {
        return execution -> referrals.markUnanswered(missionScope.dutyReference(execution));
    }

    /**
     * The supervisors' follow-up, which the "Follow-up?" gateway routes on: a further communication
     * (recorded again, then the reply is awaited again), the UN another way, or no further step.
     */
    @Bean
    TaskListener followUpUnansweredListener(UnReferralService referrals) {
        return task -> {
            FollowUp followUp = FormAnswers.choice(FollowUp.class, CoordinationProcesses.FOLLOW_UP,
                    task.getVariable(CoordinationProcesses.FOLLOW_UP));
            referrals.recordFollowUp(missionScope.dutyReference(task), followUp);
            // The gateway compares the exact constant: store it as such, whatever case the client sent.
            task.getExecution().setVariable(CoordinationProcesses.FOLLOW_UP, followUp.name());
        };
    }

    /** "Take the follow-up to the UN": when, and what was done; kept in the case's task records. */
    @Bean
    TaskListener takeFollowUpToUnListener(UnReferralService referrals) {
        return task -> {
            FormAnswers.choice(UnFollowUpTaken.class, CoordinationProcesses.UN_FOLLOW_UP_TAKEN,
                    task.getVariable(CoordinationProcesses.UN_FOLLOW_UP_TAKEN));
            referrals.checkFollowUpTakenOn(missionScope.dutyReference(task),
                    FormAnswers.date(CoordinationProcesses.TAKEN_TO_UN_ON, task.getVariable(CoordinationProcesses.TAKEN_TO_UN_ON)));
        };
    }

    /** Whoever prepared the UN submission can never clear it. */
    @Bean
    FourEyes unSubmissionFourEyes() {
        return new FourEyes(CoordinationProcesses.TASK_PREPARE_SUBMISSION, CoordinationProcesses.TASK_CLEAR_SUBMISSION,
                "UN submission");
    }
}
