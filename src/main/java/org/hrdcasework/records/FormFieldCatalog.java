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
            Map.entry("AssignObserver", List.of("observerKind", "sensitive_observerName")),
            Map.entry("ChaseReply", List.of("chasedOn", "sensitive_chaseNotes")),
            Map.entry("ClearStatement", List.of("clearanceDecision", "sensitive_clearanceComments")),
            Map.entry("CoordinateWithLikeMindedMissions", List.of("partnerMissions", "coordinationForm", "sensitive_coordinationNotes")),
            Map.entry("DeliverDemarche", List.of("deliveredOn", "sensitive_deliveredTo")),
            Map.entry("DraftStatement", List.of("sensitive_statementText", "statementChannel")),
            Map.entry("GiveFeedbackToDefender", List.of("feedbackGivenOn", "feedbackChannel", "sensitive_feedbackNotes")),
            Map.entry("ObserveHearing", List.of("hearingHeld", "publicAccessGranted", "observersAdmitted", "defenceAccessToFile", "defendantPresent", "illTreatmentAlleged", "sensitive_observationNotes")),
            Map.entry("HandleEscalation", List.of("escalationDecision", "reassignTo", "extendBy", "sensitive_escalationNote")),
            Map.entry("PlanActions", List.of("plannedActionTypes")),
            Map.entry("PrepareDemarche", List.of("demarcheLevel", "sensitive_demarcheMessages")),
            Map.entry("PublishStatement", List.of("publishedOn", "publicationReference")),
            Map.entry("RaiseDemarcheLevel", List.of("raisedTo", "sensitive_raiseNotes")),
            Map.entry("RecordConsent", List.of("consentedActions", "consentScope", "consentGivenBy", "consentExpiresOn")),
            Map.entry("RecordHearing", List.of("hearingDate", "sensitive_court")),
            Map.entry("RecordReply", List.of("repliedOn", "replyAssessment", "sensitive_replySummary", "followUpNeeded")),
            Map.entry("ReferDigitalSecurity", List.of("digitalSecurityProvider", "referredOn", "sensitive_digitalSecurityNotes")),
            Map.entry("ReferEmergencySupport", List.of("supportType", "supportProgramme", "sensitive_supportNotes")),
            Map.entry("ReportToHeadquarters", List.of("reportedOn", "sensitive_headquartersReport")),
            Map.entry("ReviewCase", List.of("reviewDecision", "closureOutcome", "sensitive_reviewNotes")),
            Map.entry("VerifyReport", List.of("isDefender", "linkedToHumanRightsWork", "duplicateOfReference")),
            Map.entry("VisitInCustody", List.of("visitedOn", "accessGranted", "sensitive_custodyNotes")),
            Map.entry("WriteTrialReport", List.of("sensitive_trialReport", "furtherHearing", "nextHearingDate")),
            // Senior officials' visits, political dialogues and the annual defenders-diplomats meeting.
            Map.entry("ReviewBriefingPack", List.of("packChecked", "sensitive_briefingNotes")),
            Map.entry("ApproveBriefingPack", List.of("packDecision", "sensitive_approvalComments")),
            Map.entry("RecordEngagementOutcome", List.of("casesRaised", "stateAnswered", "sensitive_outcomeSummary", "followUpNeeded")),
            Map.entry("FollowUpEngagement", List.of("followUpAction", "sensitive_followUpNotes")),
            Map.entry("ReviewInvitationList", List.of("listChecked", "sensitive_listNotes")),
            Map.entry("AskConsentToInvite", List.of("consentToInvite", "preferredChannel")),
            Map.entry("SendInvitations", List.of("invitationsSentOn")),
            Map.entry("RecordAnnualMeeting", List.of("attendeeCount", "attendedDefenders", "sensitive_meetingRecord", "followUpNeeded")));

    private FormFieldCatalog() {
    }

    static List<String> fieldsOf(String formId) {
        return FIELDS.getOrDefault(formId, List.of());
    }
}
