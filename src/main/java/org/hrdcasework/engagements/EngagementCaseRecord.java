package org.hrdcasework.engagements;

import java.util.UUID;

/** One case in an engagement's briefing pack snapshot, with what became of it at the engagement. */
record EngagementCaseRecord(UUID engagementId, UUID caseId, String missionId, String stage, Integer urgencyTier,
                            String riskLevel, Recommendation recommendation, boolean meetingProposed, boolean raised,
                            boolean answerReceived, boolean followUp) {
}
