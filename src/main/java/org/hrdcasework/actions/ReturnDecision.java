package org.hrdcasework.actions;

/** The assessment of the risk of return before the stay ends (TemporaryRelocation's "Return?" gateway). */
enum ReturnDecision {
    /** Plan the return. */
    RETURN,
    /** Stay longer (extendByMonths): the return planning is re-timed. */
    EXTEND,
    /** The head of mission decides on longer-term protection. */
    NOT_SAFE_TO_RETURN
}
