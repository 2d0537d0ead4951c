package org.hrdcasework.reporting;

/** Ids and variables of processes/MissionReport.bpmn and processes/MonthlyReporting.bpmn. */
public final class ReportProcesses {

    public static final String MISSION_REPORT = "MissionReport";
    public static final String MONTHLY_REPORTING = "MonthlyReporting";

    /** The duty kind of mission reports: references such as ALPHA-RPT-0001. */
    public static final String DUTY_KIND = "RPT";

    public static final String TASK_COMPILE_REPORT = "Task_CompileReport";
    public static final String TASK_REVIEW = "Task_ReviewMissionReport";
    public static final String TASK_SEND = "Task_SendReportToHeadquarters";
    public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeMissionReport";
    public static final String TASK_START_MONTHLY_REPORT = "Task_StartMonthlyReport";
    public static final String TIMER_NEXT_MONTH = "IntermediateEvent_NextMonthStarts";
    public static final String REPORT_KIND = "reportKind";
    /** ISO dates (yyyy-MM-dd), both inclusive. */
    public static final String PERIOD_START = "periodStart";
    public static final String PERIOD_END = "periodEnd";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String ACKNOWLEDGED = "acknowledged";
    /** The cycle's next firing (a date): 06:00 UTC on the first day of the next month. */
    public static final String NEXT_RUN_AT = "nextRunAt";
    public static final String MISSION_ACTIVE = "missionActive";
    /** The month (yyyy-MM) of the last monthly report the cycle started or found already started. */
    public static final String LAST_REPORTED_MONTH = "lastReportedMonth";

    public static final String APPROVE = "APPROVE";
    public static final String RECOMPILE = "RECOMPILE";

    /** MissionReport. */
    public static final String END_REPORT_ACKNOWLEDGED = "EndEvent_ReportAcknowledged";

    /** MonthlyReporting. */
    public static final String END_MISSION_CLOSED = "EndEvent_MissionClosed";

    private ReportProcesses() {
    }

    /** The business key of a mission's monthly cycle, e.g. mission-alpha-monthly-reporting. */
    public static String cycleKey(String missionId) {
        return missionId + "-monthly-reporting";
    }
}
