package org.hrdcasework.cases;

import java.util.UUID;

/** The workflow side of a case, as the case service needs it; implemented by engine glue. */
interface CaseProcess {

    /** Starts the case-of-concern process for a new case and returns the process instance id. */
    String start(UUID caseId, String reference, String missionId, ThreatType threatType);
}
