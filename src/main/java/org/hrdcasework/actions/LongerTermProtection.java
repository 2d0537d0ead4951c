package org.hrdcasework.actions;

/** The head of mission's decision when return is not safe (TemporaryRelocation's "Protection?" gateway). */
enum LongerTermProtection {
    /** Support to seek asylum or another lasting status abroad: the relocation ends (LONGER_TERM_PROTECTION). */
    ASYLUM_SUPPORT,
    /** Another extension of the stay (extendByMonths): the return planning is re-timed. */
    EXTEND_AGAIN
}
