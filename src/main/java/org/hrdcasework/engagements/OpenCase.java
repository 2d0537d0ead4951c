package org.hrdcasework.engagements;

import java.util.UUID;

/** An open case of the mission as the briefing pack snapshot takes it. */
record OpenCase(UUID caseId, String reference, String stage, Integer urgencyTier, String riskLevel) {
}
