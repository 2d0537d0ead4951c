package org.hrdcasework.actions;

/** The head of mission's decision after a refused visa (TemporaryRelocation's "Next step?" gateway). */
enum RefusedVisaNextStep {
    /** Back to the eligibility assessment, for another host programme. */
    TRY_OTHER_PROGRAMME,
    /** The relocation ends (VISA_REFUSED). */
    NO_RELOCATION
}
