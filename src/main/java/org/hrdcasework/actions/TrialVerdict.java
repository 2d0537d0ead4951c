package org.hrdcasework.actions;

/** The verdict after the last hearing; recorded as the action's outcome {@code VERDICT_<name>}. */
enum TrialVerdict {
    ACQUITTED,
    /** Convicted: the sentence (in months) and whether an appeal was lodged follow. */
    CONVICTED,
    CHARGES_DROPPED
}
