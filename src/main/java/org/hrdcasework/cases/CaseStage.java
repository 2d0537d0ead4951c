package org.hrdcasework.cases;

/** Where a case of concern stands in its lifecycle. */
public enum CaseStage {
    /** Reported, waiting for a case officer to verify it. */
    VERIFICATION,
    /** Verified (or reopened): risk assessment with the defender. */
    RISK_ASSESSMENT,
    /** Recording which actions the defender consents to. */
    CONSENT,
    /** Choosing the actions. */
    ACTION_PLANNING,
    /** Planned actions are being carried out. */
    ACTIONS,
    /** Periodic review until closure. */
    MONITORING,
    /** Closed; see the closure reason and outcome. */
    CLOSED
}
