package org.hrdcasework.system.engine;

import java.util.Set;

/**
 * The only Spring beans an expression may name: the delegates and listeners that the shipped
 * models ({@code processes/*.bpmn}) wire with {@code delegateExpression}. The deployment guard refuses any other
 * bean name, and the engine's expression manager resolves no other bean. A new delegate is added
 * here in the same change as the model that uses it.
 */
public final class ExpressionBeans {

    public static final Set<String> ALLOWED = Set.of(
            "acknowledgeMissionReportListener", "actionsStartedListener", "approveSharingListener",
            "buildInvitationListDelegate", "cancelEngagementDelegate", "caseEndedListener", "checkPublicConsentDelegate",
            "checkSharingConsentDelegate", "checkUnReferralConsentDelegate", "clearUnSubmissionListener",
            "closeEngagementDelegate", "closeMeetingYearDelegate", "compileBriefingPackDelegate",
            "compileReportDelegate", "completeActionDelegate", "deliverDemarcheListener", "requestCustodyVisitListener", "recordCustodyAnswerListener",
            "decideRefusedCustodyVisitListener", "assessRelocationEligibilityListener", "arrangeVisaListener",
            "decideAfterRefusedVisaListener", "planMoveSecurityListener", "recordDepartureListener", "checkInAbroadListener",
            "assessReturnRiskListener", "decideLongerTermProtectionListener", "planReturnListener", "recordReturnListener",
            "returnedListener", "computeEscalationDeadlinesDelegate",
            "draftSharedSummaryListener", "escalateDelegate", "followUpCaseListener", "concernFollowUpListener", "followUpActionListener", "startFollowUpDemarcheDelegate",
            "followUpUnansweredListener", "handleEscalationListener", "invitationCodeNameListener",
            "invitationConsentListener", "logContactDelegate", "markCommunicationUnansweredDelegate",
            "markEngagementBriefedDelegate", "markInvitationsSentDelegate", "markRaisedCasesDelegate",
            "markStatementPublishedDelegate", "planActionsListener", "planNextYearDelegate",
            "prepareUnSubmissionListener", "proposeFirstActionsListener", "proposePlanChangesDelegate",
            "confirmPlanChangesListener", "interimReviewListener", "raiseDemarcheLevelListener", "demarcheStartListener", "checkCommitmentListener", "deliverDemarcheOptionsListener", "assignObserverOptionsListener", "assignObserverListener", "recordConsentListener",
            "recordJointActionListener", "recordReplyListener", "recordHearingListener", "observeHearingListener", "writeTrialReportListener",
            "followUpFairTrialConcernListener", "respondToIllTreatmentListener", "recordVerdictListener", "recordRiskAssessmentDelegate", "recordStateReplyListener",
            "recordUnSubmissionListener", "referEmergencySupportListener",
            "resolveEscalationsDelegate", "reviewCaseListener", "reviewMissionReportListener",
            "scheduleContactDelegate", "scheduleNextReportDelegate", "scheduleSecurityCheckDelegate",
            "seekConsentToShareListener", "sendReportToHeadquartersDelegate", "shareWithPartnersDelegate",
            "startActionDelegate", "startMonthlyReportDelegate", "stopAnnualMeetingsDelegate",
            "stopSharingDelegate", "stopStatementDelegate", "storeReferralDelegate",
            "storeSecurityCheckDelegate", "supportDecisionListener", "supportPaidListener",
            "supportSubmittedListener", "takeFollowUpToUnListener", "takeUpDemarcheAtHeadquartersListener", "verifyReportListener", "visitInCustodyListener", "withdrawSupportApplicationDelegate");

    /** The one property chain models may use: the business key a call activity hands to its child. */
    static final String BUSINESS_KEY_BASE = "execution";
    static final String BUSINESS_KEY_PROPERTY = "processBusinessKey";

    private ExpressionBeans() {
    }
}
