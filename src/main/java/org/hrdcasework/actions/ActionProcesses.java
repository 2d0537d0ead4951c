package org.hrdcasework.actions;

/** Ids and variables of processes/CaseAction, Demarche, CustodyVisit, TrialObservation and PublicStatement. */
public final class ActionProcesses {

    public static final String CASE_ACTION = "CaseAction";
    public static final String DEMARCHE = "Demarche";
    public static final String TRIAL_OBSERVATION = "TrialObservation";
    public static final String PUBLIC_STATEMENT = "PublicStatement";

    public static final String MESSAGE_CONSENT_WITHDRAWN = "ConsentWithdrawn";

    /** Variables. */
    public static final String ACTION_TYPE = "actionType";
    public static final String ACTION_ID = "actionId";
    public static final String ACTION_OUTCOME = "actionOutcome";
    public static final String CLOSED_WITHOUT_REPLY_BECAUSE = "closedWithoutReplyBecause";
    public static final String END_CLOSED_WITHOUT_REPLY = "EndEvent_ClosedWithoutReply";
    public static final String PUBLIC_CONSENT_VALID = "publicConsentValid";
    /** Deliver the demarche: does it name the defender (then it needs consent before the host state)? */
    public static final String NAMES_DEFENDER = "namesDefender";
    /** Record the reply: the officer's assessment and the next step the "Next step?" gateway routes on. */
    public static final String REPLIED_ON = "repliedOn";
    public static final String REPLY_ASSESSMENT = "replyAssessment";
    public static final String REPLY_NEXT_STEP = "replyNextStep";
    /** Raise the demarche a level: head of mission or headquarters ("Raised to?" gateway). */
    public static final String RAISED_TO = "raisedTo";
    /** Take up the demarche at headquarters. */
    public static final String TAKEN_UP_ON = "takenUpOn";
    public static final String HEADQUARTERS_ACTION = "headquartersAction";

    /** CaseAction. */
    public static final String TASK_COORDINATE = "Task_CoordinateWithLikeMindedMissions";
    public static final String TASK_REFER_EMERGENCY_SUPPORT = "Task_ReferEmergencySupport";
    public static final String TASK_REFER_DIGITAL_SECURITY = "Task_ReferDigitalSecurity";
    /** CaseAction calls CustodyVisit for a custody visit; the visit itself is its task. */
    public static final String CALL_CUSTODY_VISIT = "CallActivity_CustodyVisit";
    public static final String TASK_VISIT_IN_CUSTODY = "Task_VisitInCustody";
    public static final String TASK_REPORT_TO_HEADQUARTERS = "Task_ReportToHeadquarters";
    public static final String TASK_GIVE_FEEDBACK = "Task_GiveFeedbackToDefender";
    public static final String END_ACTION_COMPLETED = "EndEvent_ActionCompleted";

    /** PublicStatement. */
    public static final String TASK_DRAFT_STATEMENT = "Task_DraftStatement";
    public static final String TASK_CLEAR_STATEMENT = "Task_ClearStatement";
    public static final String TASK_PUBLISH_STATEMENT = "Task_PublishStatement";
    public static final String TASK_STOP_WITHOUT_CONSENT = "Task_StopWithoutConsent";
    public static final String TASK_STOP_CONSENT_LAPSED = "Task_StopConsentLapsed";
    public static final String TASK_STOP_CONSENT_WITHDRAWN = "Task_StopConsentWithdrawn";
    public static final String END_STATEMENT_PUBLISHED = "EndEvent_StatementPublished";
    public static final String END_STOPPED_NO_CONSENT = "EndEvent_StoppedNoConsent";
    public static final String END_STOPPED_CONSENT_LAPSED = "EndEvent_StoppedConsentLapsed";
    public static final String END_STOPPED_CONSENT_WITHDRAWN = "EndEvent_StoppedConsentWithdrawn";

    /** Outcomes written to case_action.outcome. */
    public static final String OUTCOME_PUBLISHED = "PUBLISHED";
    public static final String OUTCOME_STOPPED_NO_CONSENT = "STOPPED_NO_CONSENT";
    public static final String OUTCOME_STOPPED_CONSENT_LAPSED = "STOPPED_CONSENT_LAPSED";
    public static final String OUTCOME_STOPPED_CONSENT_WITHDRAWN = "STOPPED_CONSENT_WITHDRAWN";
    /** The case was closed while the action still ran. */
    public static final String OUTCOME_STOPPED_CASE_CLOSED = "STOPPED_CASE_CLOSED";
    /** An officer stopped the action while the case went on. */
    public static final String OUTCOME_STOPPED_BY_OFFICER = "STOPPED_BY_OFFICER";
    public static final String MESSAGE_ACTION_STOPPED = "ActionStopped";
    /**
     * Set by the server from DemarcheLadder.dmn, never by a form: the rung the demarche stands on, how
     * often an unanswered demarche is chased (a timer cycle) and when it goes to a senior official.
     */
    public static final String DEMARCHE_RUNG = "demarcheRung";
    public static final String DEMARCHE_CHASE_CYCLE = "demarcheChaseCycle";
    public static final String DEMARCHE_RAISE_AFTER = "demarcheRaiseAfter";
    /** Deliver the demarche: when, and on the joint rung the partner mission delivering it with the mission. */
    public static final String DELIVERED_ON = "deliveredOn";
    public static final String JOINT_PARTNER = "jointPartner";
    /** Record the reply: the date of a commitment the state made; the server sets commitmentDue, which its timer reads. */
    public static final String COMMITMENT_DUE_ON = "commitmentDueOn";
    public static final String COMMITMENT_DUE = "commitmentDue";
    /** Check the commitment was kept. */
    public static final String CHECKED_ON = "commitmentCheckedOn";
    public static final String COMMITMENT_KEPT = "commitmentKept";
    public static final String END_ACTION_STOPPED = "EndEvent_ActionStopped";

    /** Demarche. */
    public static final String END_DEMARCHE_COMPLETED = "EndEvent_DemarcheCompleted";
    public static final String TASK_CHECK_COMMITMENT = "Task_CheckCommitment";
    public static final String TIMER_COMMITMENT_DUE = "IntermediateEvent_CommitmentDue";
    public static final String END_COMMITMENT_KEPT = "EndEvent_CommitmentKept";
    /** The ladder's public rung: Demarche calls PublicStatement. */
    public static final String CALL_GO_PUBLIC = "CallActivity_GoPublic";
    public static final String END_MADE_PUBLIC = "EndEvent_MadePublic";
    public static final String END_REPLY_CHASED = "EndEvent_ReplyChased";
    public static final String TASK_CHASE_REPLY = "Task_ChaseReply";
    public static final String TASK_DELIVER_DEMARCHE = "Task_DeliverDemarche";
    public static final String TASK_PREPARE_DEMARCHE = "Task_PrepareDemarche";
    public static final String TASK_RAISE_DEMARCHE_LEVEL = "Task_RaiseDemarcheLevel";
    public static final String TASK_RECORD_REPLY = "Task_RecordReply";
    public static final String TASK_TAKE_UP_AT_HEADQUARTERS = "Task_TakeUpDemarcheAtHeadquarters";
    public static final String END_TAKEN_UP_AT_HEADQUARTERS = "EndEvent_TakenUpAtHeadquarters";

    /** PublicStatement. */
    public static final String TASK_CHECK_CONSENT = "Task_CheckConsent";
    public static final String TASK_RECHECK_CONSENT = "Task_RecheckConsent";

    /** CaseAction. */
    public static final String TASK_COMPLETE_ACTION = "Task_CompleteAction";
    public static final String TASK_START_ACTION = "Task_StartAction";

    /** CustodyVisit. */
    public static final String CUSTODY_VISIT = "CustodyVisit";
    public static final String TASK_REQUEST_CUSTODY_VISIT = "Task_RequestCustodyVisit";
    public static final String TASK_RECORD_CUSTODY_ANSWER = "Task_RecordCustodyAnswer";
    public static final String TASK_DECIDE_REFUSED_CUSTODY_VISIT = "Task_DecideRefusedCustodyVisit";
    public static final String END_VISITS_ENDED_RELEASED = "EndEvent_DefenderReleased";
    public static final String END_VISITS_ENDED_CHARGED = "EndEvent_DefenderCharged";
    public static final String END_VISIT_REFUSED = "EndEvent_VisitRefused";
    public static final String END_VISIT_REFUSED_REFERRED = "EndEvent_VisitRefusedReferralProposed";
    public static final String REQUESTED_ON = "requestedOn";
    public static final String CUSTODY_AUTHORITY = "custodyAuthority";
    public static final String ANSWERED_ON = "answeredOn";
    public static final String CUSTODY_ANSWER = "custodyAnswer";
    public static final String REFUSED_VISIT_NEXT_STEP = "refusedVisitNextStep";
    public static final String VISITED_ON = "visitedOn";
    public static final String LAWYER_ACCESS = "lawyerAccess";
    public static final String FAMILY_ACCESS = "familyAccess";
    public static final String HEALTH_CONCERNS = "healthConcerns";
    public static final String ILL_TREATMENT_SIGNS = "illTreatmentSigns";
    public static final String PLACE_OF_DETENTION_OFFICIAL = "placeOfDetentionOfficial";
    public static final String DETENTION_STATUS = "detentionStatus";
    /** Set by the visit's listener, never by a form: what the "Still detained?" gateway routes on. */
    public static final String CUSTODY_NEXT_STEP = "custodyNextStep";
    /** Set by the listeners from Cadences.dmn, never by a form: the clock for the authority's answer, and for the next visit. */
    public static final String CUSTODY_ANSWER_DUE = "custodyAnswerDue";
    public static final String CUSTODY_REPEAT_AFTER = "custodyRepeatAfter";
    /** Set when any visit of the action saw signs of ill-treatment: the outcome then says so. */
    public static final String ILL_TREATMENT_SEEN = "illTreatmentSeen";
    public static final String OUTCOME_VISIT_REFUSED = "VISIT_REFUSED";
    public static final String OUTCOME_REFUSED_REFERRED = "REFUSED_REFERRED";
    public static final String OUTCOME_RELEASED = "RELEASED";
    public static final String OUTCOME_CHARGED = "CHARGED_TRIAL_OBSERVATION_PROPOSED";
    /** Appended to the outcome of visits that saw signs of ill-treatment. */
    public static final String OUTCOME_ILL_TREATMENT_SUFFIX = "_ILL_TREATMENT_SIGNS";

    /** TrialObservation. */
    public static final String END_TRIAL_OBSERVATION_COMPLETED = "EndEvent_TrialObservationCompleted";
    public static final String TASK_ASSIGN_OBSERVER = "Task_AssignObserver";
    public static final String TASK_OBSERVE_HEARING = "Task_ObserveHearing";
    public static final String TASK_RECORD_HEARING = "Task_RecordHearing";
    public static final String TASK_WRITE_TRIAL_REPORT = "Task_WriteTrialReport";
    public static final String TASK_FOLLOW_UP_FAIR_TRIAL_CONCERN = "Task_FollowUpFairTrialConcern";
    public static final String TASK_RESPOND_TO_ILL_TREATMENT = "Task_RespondToIllTreatment";
    public static final String TASK_RECORD_VERDICT = "Task_RecordVerdict";
    public static final String TIMER_HEARING_DAY = "IntermediateEvent_HearingDay";
    public static final String END_FAIR_TRIAL_CONCERN_HANDLED = "EndEvent_FairTrialConcernHandled";
    public static final String END_ILL_TREATMENT_HANDLED = "EndEvent_IllTreatmentHandled";
    /** TrialObservation variables: the answers its gateways route on, checked by TrialObservationDelegates. */
    public static final String HEARING_DATE = "hearingDate";
    /** A postponement known before the hearing day (the hearing calendar, POST /api/hearings/{id}/postponement). */
    public static final String MESSAGE_HEARING_POSTPONED = "HearingPostponed";
    public static final String EVENT_POSTPONED_BEFORE_THE_DAY = "IntermediateEvent_HearingPostponed";
    /** Where the observation waits for the hearing day or a postponement before it. */
    public static final String GATEWAY_WAIT_FOR_HEARING = "Gateway_WaitForHearing";
    /** Assign a trial observer: one of the mission's staff, and a partner mission observing with it. */
    public static final String OBSERVER_KIND = "observerKind";
    public static final String OBSERVER = "observer";
    public static final String OBSERVER_PARTNER = "observerPartner";
    /** Set by the server when the task is created: the choices the form offers (and the only values it accepts). */
    public static final String OBSERVER_OPTIONS = "observerOptions";
    public static final String PARTNER_OPTIONS = "partnerOptions";
    /** Set by the server from the checked observer, never by a form: whom "Observe the hearing" is assigned to. */
    public static final String HEARING_OBSERVER = "hearingObserver";
    /** Set by the server from the validated hearing date; the only variable the hearing-day timer reads. */
    public static final String NEXT_HEARING_ON = "nextHearingOn";
    public static final String HEARING_HELD = "hearingHeld";
    public static final String POSTPONED_TO = "postponedTo";
    public static final String PUBLIC_HEARING = "publicHearing";
    public static final String INDEPENDENT_TRIBUNAL = "independentTribunal";
    public static final String ACCESS_TO_COUNSEL = "accessToCounsel";
    public static final String PRESUMPTION_OF_INNOCENCE = "presumptionOfInnocence";
    public static final String INTERPRETER_PROVIDED = "interpreterProvided";
    public static final String ADEQUATE_TIME_FOR_DEFENCE = "adequateTimeForDefence";
    public static final String DEFENDANT_PRESENT = "defendantPresent";
    public static final String ILL_TREATMENT_ALLEGED = "illTreatmentAlleged";
    /** Server-set routing facts of the checklist: a guarantee answered NO; an ill-treatment allegation. */
    public static final String FAIR_TRIAL_CONCERN = "fairTrialConcern";
    public static final String ILL_TREATMENT_RAISED = "illTreatmentRaised";
    public static final String FURTHER_HEARING = "furtherHearing";
    public static final String CONCERN_FOLLOW_UP = "concernFollowUp";
    public static final String CUSTODY_VISIT_PROPOSED = "custodyVisitProposed";
    public static final String REFERRAL_PROPOSED = "referralProposed";
    public static final String VERDICT = "verdict";
    public static final String SENTENCE_MONTHS = "sentenceMonths";
    public static final String APPEAL_LODGED = "appealLodged";

    private ActionProcesses() {
    }
}
