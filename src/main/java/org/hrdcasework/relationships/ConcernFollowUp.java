package org.hrdcasework.relationships;

/** What the supervisors decide about a concern raised at a contact (form ReportConcern). */
enum ConcernFollowUp {
    /** A further threat report was filed on the defender: completing the task checks it was. */
    FILE_FURTHER_REPORT,
    /** The risk is reassessed on the defender's open cases, at once. */
    REASSESS_RISK,
    NONE
}
