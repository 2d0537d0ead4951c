package org.hrdcasework.relationships;

/** Ids, messages and variables of processes/DefenderContact.bpmn and DigitalSecurityCheck.bpmn. */
public final class RelationshipProcesses {

    public static final String DEFENDER_CONTACT = "DefenderContact";
    public static final String DIGITAL_SECURITY_CHECK = "DigitalSecurityCheck";

    /** Correlated by business key (the relationship reference) to both processes when the relationship ends. */
    public static final String MESSAGE_RELATIONSHIP_ENDED = "RelationshipEnded";
    public static final String MESSAGE_CADENCE_CHANGED = "ContactCadenceChanged";
    public static final String CADENCE_CHANGED_WAITING_FOR_CONTACT = "IntermediateEvent_CadenceChangedWhileWaitingForContact";
    public static final String CADENCE_CHANGED_WAITING_FOR_CHECK = "IntermediateEvent_CadenceChangedWhileWaitingForCheck";

    /** DefenderContact. */
    public static final String TASK_SCHEDULE_CONTACT = "Task_ScheduleContact";
    /** Where the process waits for the next contact (its timer) or the end of the relationship. */
    public static final String WAIT_FOR_CONTACT = "Gateway_WaitForContactDue";
    public static final String TIMER_CONTACT_DUE = "IntermediateEvent_ContactDue";
    public static final String TASK_CONTACT_DEFENDER = "Task_ContactDefender";
    public static final String TASK_LOG_CONTACT = "Task_LogContact";
    public static final String TASK_REPORT_CONCERN = "Task_ReportConcern";
    public static final String END_CONTACT_RELATIONSHIP_ENDED = "EndEvent_ContactRelationshipEnded";

    /** DigitalSecurityCheck. */
    public static final String TASK_SCHEDULE_CHECK = "Task_ScheduleSecurityCheck";
    public static final String WAIT_FOR_CHECK = "Gateway_WaitForCheckDue";
    public static final String TIMER_CHECK_DUE = "IntermediateEvent_SecurityCheckDue";
    public static final String TASK_CHECK_DIGITAL_SECURITY = "Task_CheckDigitalSecurity";
    public static final String TASK_STORE_CHECK = "Task_StoreSecurityCheck";
    public static final String TASK_REFER_TO_HELPLINE = "Task_ReferToHelpline";
    public static final String TASK_STORE_REFERRAL = "Task_StoreReferral";
    public static final String END_CHECK_RELATIONSHIP_ENDED = "EndEvent_SecurityRelationshipEnded";
    public static final String RELATIONSHIP_ID = "relationshipId";
    public static final String CONTACT_TIER = "contactTier";
    public static final String LIAISON_OFFICER = "liaisonOfficer";
    public static final String DEPUTY_OFFICER = "deputyOfficer";
    /** Liaison and deputy user ids, comma-separated: the candidate users of the contact tasks. */
    public static final String CONTACT_OFFICERS = "contactOfficers";

    /** Variables set by the schedule and store steps. */
    public static final String NEXT_CONTACT_DUE = "nextContactDue";
    public static final String NEXT_CHECK_DUE = "nextSecurityCheckDue";
    public static final String SECURITY_CHECK_ID = "securityCheckId";
    public static final String SECURITY_FINDING = "securityFinding";

    /** Form fields (forms/ContactDefender, ReportConcern, CheckDigitalSecurity, ReferToHelpline). */
    public static final String CONTACT_KIND = "contactKind";
    public static final String CONTACTED_ON = "contactedOn";
    public static final String DEFENDER_SITUATION = "defenderSituation";
    public static final String FOLLOW_UP = "followUp";
    public static final String CHECKED_ON = "checkedOn";
    public static final String HELPLINE = "helpline";
    public static final String REFERRED_ON = "referredOn";

    /** DefenderContact. */
    public static final String BOUNDARY_ENDED_DURING_CONCERN = "BoundaryEvent_EndedDuringConcern";
    public static final String BOUNDARY_ENDED_DURING_CONTACT = "BoundaryEvent_EndedDuringContact";
    public static final String EVENT_ENDED_WHILE_WAITING_FOR_CONTACT = "IntermediateEvent_EndedWhileWaitingForContact";

    /** DigitalSecurityCheck. */
    public static final String BOUNDARY_ENDED_DURING_CHECK = "BoundaryEvent_EndedDuringCheck";
    public static final String BOUNDARY_ENDED_DURING_REFERRAL = "BoundaryEvent_EndedDuringReferral";
    public static final String EVENT_ENDED_WHILE_WAITING_FOR_CHECK = "IntermediateEvent_EndedWhileWaitingForCheck";

    private RelationshipProcesses() {
    }
}
