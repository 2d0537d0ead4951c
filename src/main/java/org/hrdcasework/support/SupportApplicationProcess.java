package org.hrdcasework.support;

/** Ids, variables and messages of processes/SupportApplication.bpmn. */
public final class SupportApplicationProcess {

    public static final String KEY = "SupportApplication";
    /** Duty reference kind: applications are numbered ALPHA-SUP-0001. */
    public static final String REFERENCE_KIND = "SUP";
    public static final String MESSAGE_WITHDRAWN = "SupportApplicationWithdrawn";
    public static final String APPLICATION_ID = "applicationId";
    public static final String PROGRAMME_CODE = "programmeCode";
    public static final String PROGRAMME_KIND = "programmeKind";
    public static final String PAYS_MONEY = "paysMoney";
    public static final String AMOUNT_REQUESTED = "amountRequested";
    public static final String CURRENCY = "currency";
    public static final String DUPLICATE_FUNDING = "duplicateFunding";
    /** The chase timer's cycle (ISO 8601 repeat, e.g. R/P30D), set when the application is submitted. */
    public static final String PROGRAMME_CHASE_CYCLE = "programmeChaseCycle";

    /** Form fields read by the process or its listeners. */
    public static final String DUPLICATE_DECISION = "duplicateDecision";
    public static final String DEFENDER_WISHES_TO_APPLY = "defenderWishesToApply";
    public static final String SUBMITTED_ON = "submittedOn";
    public static final String PROGRAMME_REFERENCE = "programmeReference";
    public static final String DECISION = "decision";
    public static final String DECIDED_ON = "decidedOn";
    public static final String AMOUNT_GRANTED = "amountGranted";
    public static final String PAID_ON = "paidOn";
    public static final String AMOUNT_PAID = "amountPaid";

    /** Elements. */
    public static final String TASK_REVIEW_DUPLICATE_FUNDING = "Task_ReviewDuplicateFunding";
    public static final String TASK_INFORM_DEFENDER = "Task_InformDefender";
    public static final String TASK_PREPARE_APPLICATION = "Task_PrepareApplication";
    public static final String TASK_SUBMIT_APPLICATION = "Task_SubmitApplication";
    public static final String TASK_RECORD_DECISION = "Task_RecordDecision";
    public static final String TASK_CHASE_PROGRAMME = "Task_ChaseProgramme";
    public static final String TASK_RECORD_PAYMENT = "Task_RecordPayment";
    public static final String TASK_WITHDRAW_DUPLICATE = "Task_WithdrawDuplicate";
    public static final String TASK_WITHDRAW_DECLINED = "Task_WithdrawDeclined";
    public static final String TASK_WITHDRAW_ON_REQUEST = "Task_WithdrawOnRequest";
    public static final String END_PAID = "EndEvent_GrantPaid";
    public static final String END_GRANTED_WITHOUT_PAYMENT = "EndEvent_GrantedWithoutPayment";
    public static final String END_REFUSED = "EndEvent_Refused";
    public static final String END_WITHDRAWN_AS_DUPLICATE = "EndEvent_WithdrawnAsDuplicate";
    public static final String END_DECLINED_BY_DEFENDER = "EndEvent_DeclinedByDefender";
    public static final String END_WITHDRAWN_ON_REQUEST = "EndEvent_WithdrawnOnRequest";
    public static final String END_PROGRAMME_CHASED = "EndEvent_ProgrammeChased";

    private SupportApplicationProcess() {
    }
}
