package org.hrdcasework.actions;

/** Whether the defender may be relocated for a while (TemporaryRelocation's "Eligible?" gateway, through relocationNextStep). */
enum RelocationEligibility {
    ELIGIBLE,
    /** The relocation ends here (RELOCATION_NOT_ELIGIBLE). */
    NOT_ELIGIBLE
}
