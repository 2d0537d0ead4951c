package org.hrdcasework.actions;

/** After a custody visit: is the defender still detained (CustodyVisit's "Still detained?" gateway, through custodyNextStep)? */
enum DetentionStatus {
    /** Another visit is requested after CUSTODY_REPEAT days. */
    STILL_DETAINED,
    RELEASED,
    /** Charged: the officer proposes a trial observation (added as an action of the case). */
    CHARGED
}
