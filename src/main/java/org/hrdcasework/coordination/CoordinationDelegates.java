package org.hrdcasework.coordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hrdcasework.system.engine.MissionScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks of CaseSharing and UnReferral: thin calls into the services, routing facts back. */
@Configuration(proxyBeanMethods = false)
class CoordinationDelegates {

    /** The sharing or referral is looked up and must be of the instance's mission. */
    private final MissionScope missionScope;

    CoordinationDelegates(MissionScope missionScope) {
        this.missionScope = missionScope;
    }

    /** Sets consentHeld: valid consent (quiet or public) to coordination. */
    @Bean
    JavaDelegate checkSharingConsentDelegate(CaseSharingService sharing) {
        return execution -> execution.setVariable(CoordinationProcesses.CONSENT_HELD, sharing.checkConsent(reference(execution)));
    }

    /** Marks the approved summary shared with every partner, audited per partner. */
    @Bean
    JavaDelegate shareWithPartnersDelegate(CaseSharingService sharing) {
        return execution -> sharing.share(reference(execution), missionScope.caseReference(execution));
    }

    /** Consent lapsed before the sharing: every partner row NOT_SHARED. */
    @Bean
    JavaDelegate stopSharingDelegate(CaseSharingService sharing) {
        return execution -> sharing.stop(reference(execution));
    }

    /** Sets publicConsentValid: valid public consent to coordination (a UN communication becomes public). */
    @Bean
    JavaDelegate checkUnReferralConsentDelegate(UnReferralService referrals) {
        return execution -> execution.setVariable(CoordinationProcesses.PUBLIC_CONSENT_VALID,
                referrals.checkConsent(reference(execution)));
    }

    /** The state let the reply period pass, or the officer recorded that it will not reply. */
    @Bean
    JavaDelegate markCommunicationUnansweredDelegate(UnReferralService referrals) {
        return execution -> referrals.markUnanswered(reference(execution));
    }

    private String reference(DelegateExecution execution) {
        return missionScope.dutyReference(execution);
    }
}
