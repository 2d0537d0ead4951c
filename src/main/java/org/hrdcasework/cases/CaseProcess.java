package org.hrdcasework.cases;

import java.util.UUID;

/** The workflow side of a case, as the case service needs it; implemented by engine glue. */
interface CaseProcess {

    /** Starts the case-of-concern process for a new case and returns the process instance id. */
    String start(UUID caseId, String reference, String missionId, ThreatType threatType);

    /** Starts a new instance for a reopened case, straight to risk assessment; returns its id. */
    String reopen(UUID caseId, String reference, String missionId, ThreatType threatType);

    /** Tells the case's running process that the defender's situation changed (starts a reassessment). */
    void situationChanged(String reference, SituationChange change);

    /** Stops the case's public statements in progress (public consent was withdrawn). */
    void publicConsentWithdrawn(String reference);
}
