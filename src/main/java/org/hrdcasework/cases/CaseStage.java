package org.hrdcasework.cases;

/** Where a case of concern stands in its lifecycle. */
public enum CaseStage {
    /** Reported, waiting for a case officer to verify it. */
    VERIFICATION,
    /** Verified: the person is a defender at risk because of their work. */
    VERIFIED,
    /** Closed; see the closure reason. */
    CLOSED
}
