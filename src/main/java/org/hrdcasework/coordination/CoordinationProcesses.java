package org.hrdcasework.coordination;

/** Ids, variables and answers of the CaseSharing and UnReferral processes. */
final class CoordinationProcesses {

    static final String SHARING_KEY = "CaseSharing";
    static final String UN_REFERRAL_KEY = "UnReferral";
    static final String KIND_SHARING = "SHR";
    static final String KIND_UN_REFERRAL = "UN";

    static final String TASK_SEEK_CONSENT = "Task_SeekConsentToShare";
    static final String TASK_DRAFT_SUMMARY = "Task_DraftSharedSummary";
    static final String TASK_APPROVE_SHARING = "Task_ApproveSharing";
    static final String TASK_RECORD_JOINT_ACTION = "Task_RecordJointAction";
    static final String TASK_PREPARE_SUBMISSION = "Task_PrepareUnSubmission";
    static final String TASK_CLEAR_SUBMISSION = "Task_ClearUnSubmission";
    static final String TASK_RECORD_SUBMISSION = "Task_RecordUnSubmission";
    static final String TASK_RECORD_STATE_REPLY = "Task_RecordStateReply";
    static final String TASK_FOLLOW_UP = "Task_FollowUpUnansweredCommunication";

    // Process variables: ids and routing facts only.
    static final String CONSENT_HELD = "consentHeld";
    static final String PUBLIC_CONSENT_VALID = "publicConsentValid";
    static final String FORUM = "forum";
    static final String REPLY_DUE_ON = "replyDueOn";

    // Form fields.
    static final String CONSENT_OBTAINED = "consentObtained";
    static final String CONSENT_SCOPE = "consentScope";
    static final String CONSENT_GIVEN_BY = "consentGivenBy";
    static final String CONSENT_EXPIRES_ON = "consentExpiresOn";
    static final String SHARED_SUMMARY = "sensitive_sharedSummary";
    static final String SHARING_DECISION = "sharingDecision";
    static final String JOINT_ACTION_PLANNED = "jointActionPlanned";
    static final String JOINT_ACTION_KIND = "jointActionKind";
    static final String TAKEN_ON = "takenOn";
    static final String SUBMISSION_TEXT = "sensitive_submissionText";
    static final String CLEARANCE_DECISION = "clearanceDecision";
    static final String SUBMITTED_ON = "submittedOn";
    static final String STATE_REPLIED = "stateReplied";
    static final String REPLIED_ON = "repliedOn";
    static final String REPLY_ASSESSMENT = "replyAssessment";
    static final String FOLLOW_UP = "followUp";

    static final String YES = "YES";
    static final String NO = "NO";
    static final String APPROVED = "APPROVED";
    static final String RETURNED = "RETURNED";
    static final String CLEARED = "CLEARED";

    /** States get 60 days to reply to a UN communication before it is published. */
    static final int REPLY_DAYS = 60;

    private CoordinationProcesses() {
    }
}
