package org.hrdcasework.actions;

/** The head of mission's decision on a refused (or unanswered) custody visit (CustodyVisit's "Next step?" gateway). */
enum RefusedVisitNextStep {
    /** A joint request with partner missions: back to the request. */
    JOINT_REQUEST,
    /** A referral to the UN Working Group on Arbitrary Detention is proposed and recorded; the visit ends refused. */
    REFER_TO_UN,
    /** The visit ends refused. */
    NO_FURTHER_STEP
}
