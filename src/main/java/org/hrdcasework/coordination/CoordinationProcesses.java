package org.hrdcasework.coordination;

/** Ids, variables and answers of the CaseSharing and UnReferral processes. */
public final class CoordinationProcesses {

    public static final String SHARING_KEY = "CaseSharing";
    public static final String UN_REFERRAL_KEY = "UnReferral";
    public static final String KIND_SHARING = "SHR";
    public static final String KIND_UN_REFERRAL = "UN";

    public static final String TASK_SEEK_CONSENT = "Task_SeekConsentToShare";
    public static final String TASK_DRAFT_SUMMARY = "Task_DraftSharedSummary";
    public static final String TASK_APPROVE_SHARING = "Task_ApproveSharing";
    public static final String TASK_RECORD_JOINT_ACTION = "Task_RecordJointAction";
    public static final String TASK_PREPARE_SUBMISSION = "Task_PrepareUnSubmission";
    public static final String TASK_CLEAR_SUBMISSION = "Task_ClearUnSubmission";
    public static final String TASK_RECORD_SUBMISSION = "Task_RecordUnSubmission";
    public static final String TASK_RECORD_STATE_REPLY = "Task_RecordStateReply";
    public static final String TASK_FOLLOW_UP = "Task_FollowUpUnansweredCommunication";
    public static final String TASK_TAKE_FOLLOW_UP_TO_UN = "Task_TakeFollowUpToUn";

    // Process variables: ids and routing facts only.
    public static final String CONSENT_HELD = "consentHeld";
    public static final String PUBLIC_CONSENT_VALID = "publicConsentValid";
    public static final String FORUM = "forum";
    public static final String REPLY_DUE_ON = "replyDueOn";

    // Form fields.
    public static final String CONSENT_OBTAINED = "consentObtained";
    public static final String CONSENT_GIVEN_THROUGH = "consentGivenThrough";
    public static final String CONSENT_PROXY_REASON = "consentProxyReason";
    public static final String CONSENT_GIVEN_BY = "consentGivenBy";
    public static final String CONSENT_EXPIRES_ON = "consentExpiresOn";
    public static final String SHARED_SUMMARY = "sensitive_sharedSummary";
    public static final String SHARING_DECISION = "sharingDecision";
    public static final String JOINT_ACTION_PLANNED = "jointActionPlanned";
    public static final String JOINT_ACTION_KIND = "jointActionKind";
    public static final String TAKEN_ON = "takenOn";
    public static final String SUBMISSION_TEXT = "sensitive_submissionText";
    public static final String CLEARANCE_DECISION = "clearanceDecision";
    public static final String SUBMITTED_ON = "submittedOn";
    public static final String STATE_REPLIED = "stateReplied";
    public static final String REPLIED_ON = "repliedOn";
    public static final String REPLY_ASSESSMENT = "replyAssessment";
    public static final String FOLLOW_UP = "followUp";
    public static final String TAKEN_TO_UN_ON = "takenToUnOn";
    public static final String UN_FOLLOW_UP_TAKEN = "unFollowUpTaken";

    public static final String YES = "YES";
    public static final String NO = "NO";
    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";
    public static final String CLEARED = "CLEARED";


    /** UnReferral. */
    public static final String BOUNDARY_REPLY_OVERDUE = "BoundaryEvent_ReplyOverdue";
    public static final String END_FOLLOWED_UP = "EndEvent_FollowedUp";
    public static final String END_NO_FURTHER_STEP = "EndEvent_NoFurtherStep";
    public static final String GATEWAY_FOLLOW_UP_ROUTE = "Gateway_FollowUpRoute";
    public static final String END_REFUSED_NO_CONSENT = "EndEvent_RefusedNoConsent";
    public static final String END_STATE_REPLIED = "EndEvent_StateReplied";
    public static final String GATEWAY_STATE_REPLIED = "Gateway_StateReplied";
    public static final String TASK_MARK_UNANSWERED = "Task_MarkUnanswered";

    /** CaseSharing. */
    public static final String END_JOINT_ACTION_RECORDED = "EndEvent_JointActionRecorded";
    public static final String END_NOT_SHARED = "EndEvent_NotShared";
    public static final String END_NOT_SHARED_CONSENT_LAPSED = "EndEvent_NotSharedConsentLapsed";
    public static final String END_SHARED = "EndEvent_Shared";
    public static final String TASK_CHECK_CONSENT_TO_SHARE = "Task_CheckConsentToShare";
    public static final String TASK_RECHECK_CONSENT_TO_SHARE = "Task_RecheckConsentToShare";
    public static final String TASK_SHARE_WITH_PARTNERS = "Task_ShareWithPartners";
    public static final String TASK_STOP_SHARING = "Task_StopSharing";

    private CoordinationProcesses() {
    }
}
