package org.hrdcasework.engagements;

/** Ids, variables and messages of processes/HighLevelEngagement and processes/AnnualDefenderMeeting. */
public final class EngagementProcesses {

    public static final String HIGH_LEVEL_ENGAGEMENT = "HighLevelEngagement";
    public static final String ANNUAL_DEFENDER_MEETING = "AnnualDefenderMeeting";

    /** Duty reference kinds (see duties/DutyReferences). */
    public static final String KIND_VISIT = "VIS";
    public static final String KIND_DIALOGUE = "DIA";
    public static final String KIND_MEETING = "MTG";

    public static final String MESSAGE_ENGAGEMENT_CANCELLED = "EngagementCancelled";
    public static final String MESSAGE_ANNUAL_MEETINGS_STOPPED = "AnnualMeetingsStopped";

    /** HighLevelEngagement variables. */
    public static final String ENGAGEMENT_ID = "engagementId";
    public static final String SCHEDULED_ON = "scheduledOn";
    public static final String OUTCOME_FROM = "outcomeFrom";
    public static final String PACK_CASE_OPTIONS = "packCaseOptions";
    public static final String PACK_CASE_COUNT = "packCaseCount";
    public static final String CASES_RAISED = "casesRaised";
    public static final String STATE_ANSWERED = "stateAnswered";
    public static final String FOLLOW_UP_NEEDED = "followUpNeeded";
    public static final String RAISED_AGAINST_ADVICE = "raisedAgainstAdvice";
    public static final String RAISE_AGAINST_ADVICE_REASON = "raiseAgainstAdviceReason";
    public static final String FOLLOW_UP_CASE_REFERENCES = "followUpCaseReferences";
    public static final String FOLLOW_UP_COUNT = "followUpCount";
    public static final String FOLLOW_UP_ACTION = "followUpAction";
    /** Set by the listener from followUpAction, never by a form: DEMARCHE, HEADQUARTERS or NONE. */
    public static final String FOLLOW_UP_ROUTE = "followUpRoute";

    /** HighLevelEngagement elements. */
    public static final String TASK_COMPILE_PACK = "Task_CompileBriefingPack";
    public static final String TASK_REVIEW_PACK = "Task_ReviewBriefingPack";
    public static final String TASK_APPROVE_PACK = "Task_ApproveBriefingPack";
    public static final String TASK_MARK_BRIEFED = "Task_MarkEngagementBriefed";
    public static final String TIMER_DAY_AFTER_ENGAGEMENT = "IntermediateEvent_DayAfterEngagement";
    public static final String TASK_RECORD_OUTCOME = "Task_RecordEngagementOutcome";
    public static final String TASK_MARK_RAISED = "Task_MarkRaisedCases";
    public static final String TASK_FOLLOW_UP = "Task_FollowUpEngagement";
    public static final String TASK_START_FOLLOW_UP_DEMARCHE = "Task_StartFollowUpDemarche";
    public static final String TASK_REPORT_FOLLOW_UP_TO_HEADQUARTERS = "Task_ReportFollowUpToHeadquarters";
    public static final String TASK_CLOSE_ENGAGEMENT = "Task_CloseEngagement";
    public static final String TASK_CANCEL_ENGAGEMENT = "Task_CancelEngagement";
    public static final String END_ENGAGEMENT_CLOSED = "EndEvent_EngagementClosed";
    public static final String END_ENGAGEMENT_CANCELLED = "EndEvent_EngagementCancelled";

    /** AnnualDefenderMeeting variables. */
    public static final String MEETING_ID = "meetingId";
    public static final String MEETING_YEAR = "meetingYear";
    public static final String PLANNED_ON = "plannedOn";
    public static final String MEETING_RECORD_FROM = "meetingRecordFrom";
    public static final String NEXT_PLANNING_DATE = "nextPlanningDate";
    public static final String INVITATION_IDS = "invitationIds";
    public static final String INVITATION_ID = "invitationId";
    public static final String INVITATION_COUNT = "invitationCount";
    public static final String DEFENDER_CODE_NAME = "defenderCodeName";
    public static final String CONSENT_TO_INVITE = "consentToInvite";
    public static final String PREFERRED_CHANNEL = "preferredChannel";
    public static final String INVITEE_OPTIONS = "inviteeOptions";
    public static final String INVITEE_COUNT = "inviteeCount";
    public static final String ATTENDEE_COUNT = "attendeeCount";
    public static final String ATTENDED_DEFENDERS = "attendedDefenders";
    public static final String NEXT_YEAR_FREE = "nextYearFree";

    /** AnnualDefenderMeeting elements. */
    public static final String TASK_BUILD_LIST = "Task_BuildInvitationList";
    public static final String TASK_REVIEW_LIST = "Task_ReviewInvitationList";
    public static final String TASK_ASK_CONSENT = "Task_AskConsentToInvite";
    public static final String TASK_SEND_INVITATIONS = "Task_SendInvitations";
    public static final String TASK_MARK_INVITED = "Task_MarkInvitationsSent";
    public static final String TIMER_DAY_AFTER_MEETING = "IntermediateEvent_DayAfterMeeting";
    public static final String TASK_RECORD_MEETING = "Task_RecordAnnualMeeting";
    public static final String TASK_CLOSE_MEETING_YEAR = "Task_CloseMeetingYear";
    public static final String TIMER_NEXT_PLANNING_DATE = "IntermediateEvent_NextPlanningDate";
    public static final String TASK_PLAN_NEXT_YEAR = "Task_PlanNextYear";
    public static final String TASK_STOP_MEETINGS = "Task_StopAnnualMeetings";
    public static final String END_NEXT_YEAR_TAKEN = "EndEvent_NextYearAlreadyPlanned";
    public static final String END_MEETINGS_STOPPED = "EndEvent_AnnualMeetingsStopped";

    private EngagementProcesses() {
    }
}
