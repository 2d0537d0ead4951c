package org.hrdcasework.support;

import java.math.BigDecimal;
import java.util.UUID;

/** The engine side of an application: start its process, signal a withdrawal (see EngineSupportProcess). */
interface SupportProcessEngine {

    /** What the process needs to route and to deadline its tasks; no personal data. */
    record Start(UUID applicationId, String reference, String missionId, UUID caseId, String caseReference,
                 Integer urgencyTier, String programmeCode, ProgrammeKind programmeKind, boolean paysMoney,
                 BigDecimal amountRequested, String currency, boolean duplicateFunding) {
    }

    /** Starts the application's process; returns its instance id. */
    String start(Start start);

    /** Correlates the withdrawal message; false if the application's process is not waiting for it. */
    boolean withdraw(String reference);
}
