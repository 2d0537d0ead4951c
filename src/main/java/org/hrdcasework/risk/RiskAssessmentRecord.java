package org.hrdcasework.risk;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A risk_assessment row: the inputs assessed with the defender and what the RiskTier table decided. */
record RiskAssessmentRecord(UUID id, UUID caseId, String threatLevel, String vulnerabilityLevel, String capacityLevel,
                            String defenderStatus, String riskLevel, int urgencyTier, String reviewInterval,
                            String assessedBy, OffsetDateTime assessedAt) {
}
