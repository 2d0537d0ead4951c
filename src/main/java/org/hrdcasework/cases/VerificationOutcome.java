package org.hrdcasework.cases;

/** Result of verifying a threat report; also the routing fact the process branches on. */
public enum VerificationOutcome {
    VERIFIED,
    /** Not a defender, or the risk is not linked to human-rights work: closed with that reason. */
    REJECTED,
    /** The defender already has an open case: the report is linked to it and closed. */
    DUPLICATE
}
