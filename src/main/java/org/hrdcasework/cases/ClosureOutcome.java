package org.hrdcasework.cases;

/** How a case ended when closed at a review (form ReviewCase). */
public enum ClosureOutcome {
    RISK_REDUCED, DEFENDER_RELOCATED, RELEASED_OR_CHARGES_DROPPED, NO_LONGER_AT_RISK, CONTACT_LOST,
    DEFENDER_REQUESTED_CLOSURE, OTHER
}
