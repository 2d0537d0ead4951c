package org.hrdcasework.cases;

/** Ids, messages and variable names of processes/CaseOfConcern.bpmn, shared by glue code and tests. */
public final class CaseOfConcernProcess {

    public static final String KEY = "CaseOfConcern";

    public static final String START_THREAT_REPORTED = "StartEvent_ThreatReported";
    public static final String START_CASE_REOPENED = "StartEvent_CaseReopened";
    public static final String TASK_VERIFY_REPORT = "Task_VerifyReport";
    public static final String GATEWAY_VERIFICATION_OUTCOME = "Gateway_VerificationOutcome";
    public static final String END_REPORT_REJECTED = "EndEvent_ReportRejected";
    public static final String END_LINKED_TO_OPEN_CASE = "EndEvent_LinkedToOpenCase";
    public static final String TASK_ASSESS_RISK = "Task_AssessRisk";
    public static final String TASK_DECIDE_RISK_TIER = "Task_DecideRiskTier";
    public static final String TASK_RECORD_CONSENT = "Task_RecordConsent";
    public static final String TASK_PLAN_ACTIONS = "Task_PlanActions";
    public static final String CALL_CARRY_OUT_ACTIONS = "CallActivity_CarryOutActions";
    public static final String TASK_REVIEW_CASE = "Task_ReviewCase";
    public static final String TIMER_NEXT_REVIEW_DUE = "IntermediateEvent_NextReviewDue";
    public static final String TIMER_INTERIM_REVIEW_DUE = "BoundaryEvent_InterimReviewDue";
    public static final String TASK_INTERIM_REVIEW = "Task_InterimReview";
    public static final String END_INTERIM_REVIEW_DONE = "EndEvent_InterimReviewDone";
    public static final String END_CLOSED_AT_INTERIM_REVIEW = "EndEvent_ClosedAtInterimReview";
    public static final String TASK_CONFIRM_PLAN_CHANGES = "Task_ConfirmPlanChanges";
    public static final String END_PLAN_CHANGED = "EndEvent_PlanChanged";
    public static final String END_CASE_CLOSED = "EndEvent_CaseClosed";
    public static final String TASK_REASSESS_RISK = "Task_ReassessRisk";
    public static final String END_RISK_REASSESSED = "EndEvent_RiskReassessed";
    public static final String TASK_SEEK_CONSENT_AGAIN = "Task_SeekConsentAgain";
    public static final String TASK_RENEW_CONSENT = "Task_RenewConsent";
    public static final String END_CONSENT_RENEWED = "EndEvent_ConsentRenewed";

    public static final String MESSAGE_CASE_REOPENED = "CaseReopened";
    public static final String MESSAGE_SITUATION_CHANGED = "SituationChanged";
    public static final String MESSAGE_CONSENT_EXPIRING = "ConsentExpiring";
    public static final String MESSAGE_CASE_CLOSED_NOW = "CaseClosedNow";
    public static final String MESSAGE_ACTION_ADDED = "ActionAdded";
    public static final String END_CLOSED_WHILE_WORK_RAN = "EndEvent_ClosedWhileWorkRan";
    public static final String CALL_ADDED_ACTION = "CallActivity_AddedAction";
    public static final String END_ADDED_ACTION_DONE = "EndEvent_AddedActionDone";

    /** Process variables: ids and routing facts only, never identities or narratives. */
    public static final class Vars {
        public static final String THREAT_TYPE = "threatType";
        public static final String VERIFICATION_OUTCOME = "verificationOutcome";
        public static final String RISK_DECISION = "riskDecision";
        public static final String RISK_LEVEL = "riskLevel";
        public static final String REVIEW_INTERVAL = "reviewInterval";
        public static final String PLANNED_ACTIONS = "plannedActions";
        public static final String SITUATION_CHANGE = "situationChange";
        /** Set by the service with a situation change, never by a form: every consent lapsed. */
        public static final String CONSENT_LAPSED = "consentLapsed";
        /** Set by the service when an officer adds an action to the plan, never by a form. */
        public static final String ADDED_ACTION_TYPE = "addedActionType";
        /** Set by the playbook after a reassessment, never by a form: whether plan changes are proposed. */
        public static final String PLAN_CHANGE_PROPOSED = "planChangeProposed";
        /** Set by the listener from the confirmed form answer: the actions to start. */
        public static final String CONFIRMED_ACTIONS = "confirmedActions";

        /** Form fields. */
        public static final String IS_DEFENDER = "isDefender";
        public static final String LINKED_TO_HUMAN_RIGHTS_WORK = "linkedToHumanRightsWork";
        public static final String DUPLICATE_OF_REFERENCE = "duplicateOfReference";
        public static final String THREAT_LEVEL = "threatLevel";
        public static final String VULNERABILITY_LEVEL = "vulnerabilityLevel";
        public static final String CAPACITY_LEVEL = "capacityLevel";
        public static final String DEFENDER_STATUS = "defenderStatus";
        public static final String CONSENTED_ACTIONS = "consentedActions";
        public static final String CONSENT_AUDIENCES = "consentAudiences";
        public static final String CONSENT_GIVEN_THROUGH = "consentGivenThrough";
        public static final String CONSENT_PROXY_REASON = "consentProxyReason";
        public static final String CONSENT_GIVEN_BY = "consentGivenBy";
        public static final String CONSENT_EXPIRES_ON = "consentExpiresOn";
        public static final String PLANNED_ACTION_TYPES = "plannedActionTypes";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String INTERIM_REVIEW_DECISION = "interimReviewDecision";
        /** Form field of "Confirm plan changes", ticked with the playbook's proposal. */
        public static final String ADDED_ACTION_TYPES = "addedActionTypes";
        public static final String CLOSURE_OUTCOME = "closureOutcome";

        private Vars() {
        }
    }

    /** Values of the yes/no radio fields in forms. */
    public static final String YES = "YES";
    public static final String NO = "NO";

    private CaseOfConcernProcess() {
    }
}
