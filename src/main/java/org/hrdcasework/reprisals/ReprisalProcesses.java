package org.hrdcasework.reprisals;

/** Ids and variables of processes/ReprisalWatch. */
public final class ReprisalProcesses {

    public static final String REPRISAL_WATCH = "ReprisalWatch";

    /** A threat report on the defender during the watch: the officer confirms or rejects its link to the engagement. */
    public static final String MESSAGE_LINK_PROPOSED = "ReprisalLinkProposed";

    /** Variables: the watch's row id, and the clocks written by the start listener (never by a form). */
    public static final String WATCH_ID = "reprisalWatchId";
    public static final String CHECK_IN_AFTER = "reprisalCheckInAfter";
    public static final String WATCH_ENDS_AT = "reprisalWatchEndsAt";
    /** Form answers and the routing values their listeners write. */
    public static final String CHECKED_IN_ON = "checkedInOn";
    public static final String REPRISAL_SIGNS = "reprisalSigns";
    public static final String REPRISAL_KIND = "reprisalKind";
    public static final String REPRISAL_LINK = "reprisalLink";

    public static final String START_WATCH_OPENED = "StartEvent_WatchOpened";
    public static final String TASK_CHECK_IN = "Task_CheckInAfterEngagement";
    public static final String TASK_RECORD_SUSPECTED_REPRISAL = "Task_RecordSuspectedReprisal";
    public static final String TASK_CONFIRM_LINK = "Task_ConfirmReprisalLink";
    public static final String TIMER_NEXT_CHECK_IN = "IntermediateEvent_NextCheckInDue";
    public static final String TIMER_WATCH_PERIOD_OVER = "IntermediateEvent_WatchPeriodOver";
    public static final String TASK_CLOSE_WATCH = "Task_CloseWatch";
    public static final String END_WATCH_ENDED = "EndEvent_WatchEnded";
    public static final String END_LINK_CONFIRMED = "EndEvent_LinkConfirmed";
    public static final String END_NOT_LINKED = "EndEvent_NotLinked";

    private ReprisalProcesses() {
    }
}
