package org.hrdcasework.actions;

/** Whether the observed hearing took place (TrialObservation's "Hearing held?" gateway). */
enum HearingHeld {
    /** Held: the checklist is answered and the report written. */
    HELD,
    /** Postponed: the new date re-times the wait for the hearing day, no report. */
    POSTPONED
}
