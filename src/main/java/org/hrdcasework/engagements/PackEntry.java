package org.hrdcasework.engagements;

import java.util.UUID;

/**
 * A line of the briefing pack: the snapshot joined with the case's reference, the defender's
 * code name (never a name) and the case's current stage.
 */
record PackEntry(UUID caseId, String caseReference, String codeName, String threatType, String stage,
                 Integer urgencyTier, String riskLevel, Recommendation recommendation, boolean meetingProposed,
                 boolean raised, boolean answerReceived, boolean followUp, String currentStage) {
}
