package org.hrdcasework.escalation;

/** Ids, messages and variables of processes/EscalationWatch.bpmn. */
public final class EscalationProcesses {

    public static final String WATCH = "EscalationWatch";
    public static final String MESSAGE_WORK_COMPLETED = "WorkCompleted";
    public static final String MESSAGE_DEADLINES_CHANGED = "DeadlinesChanged";
    public static final String TASK_HANDLE_ESCALATION = "Task_HandleEscalation";

    public static final String WATCHED_TASK_ID = "watchedTaskId";
    public static final String STAGE = "stage";
    public static final String CREATED_AT = "watchedTaskCreatedAt";
    public static final String HEARING_DATE = "hearingDate";
    public static final String NEXT_LEVEL = "nextLevel";
    public static final String NEXT_DUE_AT = "nextDueAt";
    public static final String DEADLINE_EXTENSION = "deadlineExtension";
    public static final String ESCALATION_ID = "escalationId";
    public static final String ESCALATION_CREATED = "escalationCreated";
    public static final String ESCALATED_TO_GROUP = "escalatedToGroup";
    public static final String LEVEL = "escalationLevel";

    /** The stage (policy rows "CaseClock") and watched-task prefix of a case's protection clock. */
    public static final String CASE_CLOCK = "CaseClock";
    public static final String CASE_CLOCK_PREFIX = "clock-";
    /** The owner the escalation ladder knows a case clock by. */
    public static final String CASE_CLOCK_OWNER = "case-clock";

    /** Form fields of "Handle escalation". */
    public static final String DECISION = "escalationDecision";
    public static final String REASSIGN_TO = "reassignTo";
    public static final String EXTEND_BY = "extendBy";
    public static final String NOTE = "sensitive_escalationNote";

    /** EscalationWatch. */
    public static final String GATEWAY_ESCALATION_CREATED = "Gateway_EscalationCreated";
    public static final String GATEWAY_JOIN_AFTER_ESCALATION = "Gateway_JoinAfterEscalation";
    public static final String EVENT_DEADLINES_CHANGED = "IntermediateEvent_DeadlinesChanged";
    public static final String EVENT_WORK_COMPLETED = "IntermediateEvent_WorkCompleted";
    public static final String EVENT_WORK_COMPLETED_AFTER_ALL_LEVELS = "IntermediateEvent_WorkCompletedAfterAllLevels";
    public static final String TASK_ESCALATE = "Task_Escalate";
    public static final String TASK_RESOLVE_ESCALATIONS = "Task_ResolveEscalations";

    private EscalationProcesses() {
    }
}
