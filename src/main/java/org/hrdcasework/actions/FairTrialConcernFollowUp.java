package org.hrdcasework.actions;

/** What the mission does about a fair-trial guarantee observed as not respected. */
enum FairTrialConcernFollowUp {
    /** A demarche is proposed; the officer adds it to the case as an action. */
    DEMARCHE_PROPOSED,
    /** Raised with like-minded missions. */
    RAISE_WITH_PARTNERS,
    /** Noted in the trial record, no further step. */
    NOTED
}
