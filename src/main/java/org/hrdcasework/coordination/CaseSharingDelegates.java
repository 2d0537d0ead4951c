package org.hrdcasework.coordination;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.engine.FourEyes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine glue of processes/CaseSharing. Completion listeners write what the form captured to the
 * coordination tables in the completion's transaction (the model's listeners run before the task
 * record removes the {@code sensitive_*} fields); invalid answers abort the completion, so the task
 * stays open with a message naming the field.
 */
@Configuration(proxyBeanMethods = false)
class CaseSharingDelegates {

    /** The sharing is looked up by its duty reference, which must be of the instance's mission. */
    private final MissionScope missionScope;

    CaseSharingDelegates(MissionScope missionScope) {
        this.missionScope = missionScope;
    }

    /** Sets consentHeld: valid consent to coordination with partner missions. */
    @Bean
    JavaDelegate checkSharingConsentDelegate(CaseSharingService sharing) {
        return execution -> execution.setVariable(CoordinationProcesses.CONSENT_HELD,
                sharing.checkConsent(missionScope.dutyReference(execution)));
    }

    @Bean
    TaskListener seekConsentToShareListener(CaseSharingService sharing) {
        return task -> {
            boolean obtained = FormAnswers.yesNo(CoordinationProcesses.CONSENT_OBTAINED, task.getVariable(CoordinationProcesses.CONSENT_OBTAINED));
            sharing.recordConsentAnswer(missionScope.dutyReference(task), obtained,
                    new ConsentService.Receipt((String) task.getVariable(CoordinationProcesses.CONSENT_GIVEN_BY),
                            (String) task.getVariable(CoordinationProcesses.CONSENT_GIVEN_THROUGH),
                            (String) task.getVariable(CoordinationProcesses.CONSENT_PROXY_REASON)),
                    FormAnswers.optionalDate(CoordinationProcesses.CONSENT_EXPIRES_ON, task.getVariable(CoordinationProcesses.CONSENT_EXPIRES_ON)),
                    TaskActors.actor(task), missionScope.caseReference(task));
        };
    }

    /** The summary as it will be sent; the service refuses it if it names the defender. */
    @Bean
    TaskListener draftSharedSummaryListener(CaseSharingService sharing) {
        return task -> sharing.saveSummary(missionScope.dutyReference(task),
                FormAnswers.text(CoordinationProcesses.SHARED_SUMMARY, task.getVariable(CoordinationProcesses.SHARED_SUMMARY)),
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
            sharing.decide(missionScope.dutyReference(task), decision == null ? null : decision.toString(), TaskActors.actor(task));
        };
    }

    /** Marks the approved summary shared with every partner, audited per partner. */
    @Bean
    JavaDelegate shareWithPartnersDelegate(CaseSharingService sharing) {
        return execution -> sharing.share(missionScope.dutyReference(execution), missionScope.caseReference(execution));
    }

    @Bean
    TaskListener recordJointActionListener(CaseSharingService sharing) {
        return task -> sharing.recordJointAction(missionScope.dutyReference(task),
                FormAnswers.choice(JointActionKind.class, CoordinationProcesses.JOINT_ACTION_KIND,
                        task.getVariable(CoordinationProcesses.JOINT_ACTION_KIND)),
                FormAnswers.date(CoordinationProcesses.TAKEN_ON, task.getVariable(CoordinationProcesses.TAKEN_ON)),
                TaskActors.actor(task));
    }

    /** Consent lapsed before the sharing: every partner row NOT_SHARED. */
    @Bean
    JavaDelegate stopSharingDelegate(CaseSharingService sharing) {
        return execution -> sharing.stop(missionScope.dutyReference(execution));
    }

    /** Whoever drafted the shared summary can never approve the sharing. */
    @Bean
    FourEyes sharingFourEyes() {
        return new FourEyes(CoordinationProcesses.TASK_DRAFT_SUMMARY, CoordinationProcesses.TASK_APPROVE_SHARING, "shared summary");
    }
}
