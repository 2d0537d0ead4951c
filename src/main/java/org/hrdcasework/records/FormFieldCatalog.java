package org.hrdcasework.records;

import java.util.List;
import java.util.Map;

/**
 * The fields each form in forms/ submits, by form id. The task recorder stores exactly these
 * (anything else a client submits is not recorded), and the model-rules test fails when a form
 * has a field missing here. Keys starting with {@code sensitive_} are stored encrypted.
 */
final class FormFieldCatalog {

    static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("AssessRisk", List.of("threatLevel", "vulnerabilityLevel", "capacityLevel", "defenderStatus", "sensitive_assessmentNotes")),
            Map.entry("AssignObserver", List.of("observerKind", "observer", "observerPartner", "sensitive_observerName")),
            Map.entry("ChaseReply", List.of("chasedOn", "sensitive_chaseNotes")),
            Map.entry("ClearStatement", List.of("clearanceDecision", "sensitive_clearanceComments")),
            Map.entry("CoordinateWithLikeMindedMissions", List.of("sensitive_partnerMissions", "coordinationForm", "sensitive_coordinationNotes")),
            Map.entry("DeliverDemarche", List.of("deliveredOn", "namesDefender", "jointPartner", "sensitive_deliveredTo")),
            Map.entry("DraftStatement", List.of("sensitive_statementText", "statementChannel")),
            Map.entry("GiveFeedbackToDefender", List.of("feedbackGivenOn", "feedbackChannel", "sensitive_feedbackNotes")),
            Map.entry("ObserveHearing", List.of("hearingHeld", "postponedTo", "publicHearing", "independentTribunal", "accessToCounsel",
                    "presumptionOfInnocence", "interpreterProvided", "adequateTimeForDefence", "defendantPresent", "illTreatmentAlleged",
                    "sensitive_observationNotes")),
            Map.entry("FollowUpFairTrialConcern", List.of("concernFollowUp", "sensitive_concernNotes")),
            Map.entry("RespondToIllTreatment", List.of("custodyVisitProposed", "referralProposed", "sensitive_illTreatmentNotes")),
            Map.entry("RecordVerdict", List.of("verdict", "sentenceMonths", "appealLodged")),
            Map.entry("HandleEscalation", List.of("escalationDecision", "reassignTo", "extendBy", "sensitive_escalationNote")),
            Map.entry("PlanActions", List.of("plannedActionTypes")),
            Map.entry("PrepareDemarche", List.of("sensitive_demarcheMessages")),
            Map.entry("PublishStatement", List.of("publishedOn", "sensitive_publicationReference")),
            Map.entry("RaiseDemarcheLevel", List.of("raisedTo", "closedWithoutReplyBecause", "sensitive_raiseNotes")),
            Map.entry("RecordConsent", List.of("consentedActions", "consentAudiences", "consentGivenBy", "consentProxyReason",
                    "consentGivenThrough", "consentExpiresOn")),
            Map.entry("RecordHearing", List.of("hearingDate", "sensitive_court")),
            Map.entry("RecordReply", List.of("repliedOn", "replyAssessment", "sensitive_replySummary", "replyNextStep", "commitmentDueOn")),
            Map.entry("CheckCommitment", List.of("commitmentCheckedOn", "commitmentKept", "sensitive_commitmentNotes")),
            Map.entry("TakeUpDemarcheAtHeadquarters", List.of("takenUpOn", "headquartersAction", "sensitive_headquartersNotes")),
            Map.entry("ReferDigitalSecurity", List.of("digitalSecurityProvider", "referredOn", "sensitive_digitalSecurityNotes")),
            Map.entry("ReferEmergencySupport", List.of("programme", "purpose", "amountRequested", "sensitive_supportNotes")),
            Map.entry("ReportToHeadquarters", List.of("reportedOn", "sensitive_headquartersReport")),
            Map.entry("ReviewCase", List.of("reviewDecision", "closureOutcome", "sensitive_reviewNotes")),
            Map.entry("InterimReview", List.of("interimReviewDecision", "closureOutcome", "sensitive_reviewNotes")),
            Map.entry("ConfirmPlanChanges", List.of("addedActionTypes")),
            Map.entry("VerifyReport", List.of("isDefender", "linkedToHumanRightsWork", "duplicateOfReference")),
            Map.entry("RequestCustodyVisit", List.of("requestedOn", "custodyAuthority", "sensitive_requestNotes")),
            Map.entry("RecordCustodyAnswer", List.of("answeredOn", "custodyAnswer", "sensitive_answerNotes")),
            Map.entry("DecideRefusedCustodyVisit", List.of("refusedVisitNextStep", "sensitive_decisionNotes")),
            Map.entry("VisitInCustody", List.of("visitedOn", "lawyerAccess", "familyAccess", "healthConcerns", "illTreatmentSigns",
                    "placeOfDetentionOfficial", "sensitive_custodyNotes", "detentionStatus")),
            // Temporary relocation (processes/TemporaryRelocation.bpmn)
            Map.entry("AssessRelocationEligibility", List.of("relocationEligibility", "hostProgramme", "durationMonths", "familyMembers",
                    "sensitive_eligibilityNotes")),
            Map.entry("ArrangeVisa", List.of("visaOutcome", "visaDecidedOn", "sensitive_visaNotes")),
            Map.entry("DecideAfterRefusedVisa", List.of("refusedVisaNextStep", "sensitive_refusedVisaNotes")),
            Map.entry("PlanMoveSecurity", List.of("routeAgreed", "travelDocuments", "devicesSecured", "familyArrangements", "contactPlan",
                    "sensitive_securityPlanNotes")),
            Map.entry("RecordDeparture", List.of("departedOn")),
            Map.entry("CheckInAbroad", List.of("checkedInOn", "wellbeing", "sensitive_checkInNotes")),
            Map.entry("AssessReturnRisk", List.of("returnDecision", "extendByMonths", "sensitive_returnRiskNotes")),
            Map.entry("DecideLongerTermProtection", List.of("longerTermProtection", "extendByMonths", "sensitive_protectionNotes")),
            Map.entry("PlanReturn", List.of("securityOnArrival", "contactOnArrival", "reprisalRiskBriefed", "sensitive_returnPlanNotes")),
            Map.entry("RecordReturn", List.of("returnedOn")),
            Map.entry("WriteTrialReport", List.of("sensitive_trialReport", "furtherHearing")),
            // Support programme applications (processes/SupportApplication.bpmn)
            Map.entry("ReviewDuplicateFunding", List.of("duplicateDecision", "sensitive_duplicateNotes")),
            Map.entry("InformDefenderOfProgramme", List.of("informedOn", "defenderWishesToApply")),
            Map.entry("PrepareSupportApplication", List.of("documentsReady", "sensitive_applicationNotes")),
            Map.entry("SubmitSupportApplication", List.of("submittedOn", "programmeReference")),
            Map.entry("RecordSupportDecision", List.of("decidedOn", "decision", "amountGranted")),
            Map.entry("ChaseSupportProgramme", List.of("chasedOn", "sensitive_chaseNotes")),
            Map.entry("RecordSupportPayment", List.of("paidOn", "amountPaid")),
            // Mission reports to headquarters (reporting/)
            Map.entry("ReviewMissionReport", List.of("reviewDecision", "sensitive_reportCommentary")),
            Map.entry("AcknowledgeMissionReport", List.of("acknowledged", "sensitive_headquartersFeedback")),
            // Defender relationships (relationships/): contact, concerns, digital-security checks and referrals.
            Map.entry("ContactDefender", List.of("contactKind", "contactedOn", "defenderSituation", "sensitive_contactNotes")),
            Map.entry("ReportConcern", List.of("followUp", "sensitive_concernNotes")),
            Map.entry("CheckDigitalSecurity", List.of("checkedOn", "devicesUpdated", "encryptedMessaging", "twoFactorEnabled",
                    "backupsKept", "phishingTrained", "noSuspectedCompromise", "sensitive_digitalSecurityNotes")),
            Map.entry("ReferToHelpline", List.of("helpline", "referredOn", "sensitive_referralNotes")),
            // Coordination with like-minded missions and multilateral work (CaseSharing, UnReferral)
            Map.entry("SeekConsentToShare", List.of("consentObtained", "consentGivenBy", "consentProxyReason", "consentGivenThrough",
                    "consentExpiresOn")),
            Map.entry("DraftSharedSummary", List.of("sensitive_sharedSummary")),
            Map.entry("ApproveSharing", List.of("sharingDecision", "jointActionPlanned", "sensitive_approvalComments")),
            Map.entry("RecordJointAction", List.of("jointActionKind", "takenOn", "sensitive_jointActionNotes")),
            Map.entry("PrepareUnSubmission", List.of("sensitive_submissionText")),
            Map.entry("ClearUnSubmission", List.of("clearanceDecision", "sensitive_clearanceComments")),
            Map.entry("RecordUnSubmission", List.of("submittedOn")),
            Map.entry("RecordStateReply", List.of("stateReplied", "repliedOn", "replyAssessment", "sensitive_replySummary")),
            Map.entry("FollowUpUnansweredCommunication", List.of("followUp", "sensitive_followUpNotes")),
            Map.entry("RecordUnFollowUp", List.of("takenToUnOn", "unFollowUpTaken", "sensitive_unFollowUpNotes")),
            // Senior officials' visits, political dialogues and the annual defenders-diplomats meeting.
            Map.entry("ReviewBriefingPack", List.of("packChecked", "sensitive_briefingNotes")),
            Map.entry("ApproveBriefingPack", List.of("packDecision", "sensitive_approvalComments")),
            Map.entry("RecordEngagementOutcome", List.of("casesRaised", "raisedAgainstAdvice", "raiseAgainstAdviceReason", "stateAnswered",
                    "sensitive_outcomeSummary", "followUpNeeded")),
            Map.entry("FollowUpEngagement", List.of("followUpAction", "sensitive_followUpNotes")),
            Map.entry("ReviewInvitationList", List.of("listChecked", "sensitive_listNotes")),
            Map.entry("AskConsentToInvite", List.of("consentToInvite", "preferredChannel")),
            Map.entry("SendInvitations", List.of("invitationsSentOn")),
            Map.entry("RecordAnnualMeeting", List.of("attendeeCount", "attendedDefenders", "sensitive_meetingRecord")));

    private FormFieldCatalog() {
    }

    static List<String> fieldsOf(String formId) {
        return FIELDS.getOrDefault(formId, List.of());
    }
}
