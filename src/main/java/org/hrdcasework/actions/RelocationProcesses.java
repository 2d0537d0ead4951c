package org.hrdcasework.actions;

/** Ids and variables of processes/TemporaryRelocation (called by CaseAction for a TEMPORARY_RELOCATION action). */
public final class RelocationProcesses {

    public static final String TEMPORARY_RELOCATION = "TemporaryRelocation";
    /** CaseAction calls TemporaryRelocation for a temporary relocation. */
    public static final String CALL_TEMPORARY_RELOCATION = "CallActivity_TemporaryRelocation";

    /** Tasks. */
    public static final String TASK_ASSESS_ELIGIBILITY = "Task_AssessRelocationEligibility";
    public static final String TASK_ARRANGE_VISA = "Task_ArrangeVisa";
    public static final String TASK_DECIDE_REFUSED_VISA = "Task_DecideAfterRefusedVisa";
    public static final String TASK_PLAN_MOVE_SECURITY = "Task_PlanMoveSecurity";
    public static final String TASK_RECORD_DEPARTURE = "Task_RecordDeparture";
    public static final String TASK_CHECK_IN_ABROAD = "Task_CheckInAbroad";
    public static final String TASK_ASSESS_RETURN_RISK = "Task_AssessReturnRisk";
    public static final String TASK_DECIDE_LONGER_TERM_PROTECTION = "Task_DecideLongerTermProtection";
    public static final String TASK_PLAN_RETURN = "Task_PlanReturn";
    public static final String TASK_RECORD_RETURN = "Task_RecordReturn";

    /** Events. */
    public static final String SUBPROCESS_ABROAD = "SubProcess_Abroad";
    public static final String TIMER_RETURN_PLANNING_DUE = "IntermediateEvent_ReturnPlanningDue";
    public static final String TIMER_CHECK_IN_DUE = "BoundaryEvent_CheckInDue";
    public static final String END_NOT_ELIGIBLE = "EndEvent_NotEligible";
    public static final String END_VISA_REFUSED = "EndEvent_VisaRefused";
    public static final String END_LONGER_TERM_PROTECTION = "EndEvent_LongerTermProtection";
    /** The defender is back: the reprisal watch after a return opens here. */
    public static final String END_RETURNED = "EndEvent_Returned";
    public static final String END_CHECKED_IN = "EndEvent_CheckedIn";

    /** Form fields. */
    public static final String RELOCATION_ELIGIBILITY = "relocationEligibility";
    public static final String HOST_PROGRAMME = "hostProgramme";
    public static final String DURATION_MONTHS = "durationMonths";
    public static final String FAMILY_MEMBERS = "familyMembers";
    public static final String VISA_OUTCOME = "visaOutcome";
    public static final String VISA_DECIDED_ON = "visaDecidedOn";
    public static final String REFUSED_VISA_NEXT_STEP = "refusedVisaNextStep";
    public static final String ROUTE_AGREED = "routeAgreed";
    public static final String TRAVEL_DOCUMENTS = "travelDocuments";
    public static final String DEVICES_SECURED = "devicesSecured";
    public static final String FAMILY_ARRANGEMENTS = "familyArrangements";
    public static final String CONTACT_PLAN = "contactPlan";
    public static final String DEPARTED_ON = "departedOn";
    public static final String CHECKED_IN_ON = "checkedInOn";
    public static final String WELLBEING = "wellbeing";
    public static final String RETURN_DECISION = "returnDecision";
    public static final String EXTEND_BY_MONTHS = "extendByMonths";
    public static final String LONGER_TERM_PROTECTION = "longerTermProtection";
    public static final String SECURITY_ON_ARRIVAL = "securityOnArrival";
    public static final String CONTACT_ON_ARRIVAL = "contactOnArrival";
    public static final String REPRISAL_RISK_BRIEFED = "reprisalRiskBriefed";
    public static final String RETURNED_ON = "returnedOn";

    /** Set by the listeners, never by a form: what every gateway of the process routes on (an enum constant's name). */
    public static final String RELOCATION_NEXT_STEP = "relocationNextStep";
    /** Set by the server, never by a form: the end of the stay (yyyy-MM-dd), the return-planning timer's date, the check-in cycle. */
    public static final String STAY_ENDS_ON = "stayEndsOn";
    public static final String RETURN_PLANNING_ON = "returnPlanningOn";
    public static final String CHECK_IN_CYCLE = "checkInCycle";

    /** Outcomes written to case_action.outcome. */
    public static final String OUTCOME_NOT_ELIGIBLE = "RELOCATION_NOT_ELIGIBLE";
    public static final String OUTCOME_VISA_REFUSED = "VISA_REFUSED";
    public static final String OUTCOME_LONGER_TERM_PROTECTION = "LONGER_TERM_PROTECTION";
    public static final String OUTCOME_RETURNED = "RETURNED";

    /** Longest stay, and longest extension, in months; most relocated defenders' households are small. */
    static final int MAX_MONTHS = 24;
    static final int MAX_FAMILY_MEMBERS = 20;

    private RelocationProcesses() {
    }
}
