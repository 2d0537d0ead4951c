package org.hrdcasework.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A case with the defender's code name and the reference of a linked case, joined for reading. */
record CaseSummary(UUID id, String reference, String missionId, UUID defenderId, String defenderCodeName, ThreatType threatType,
                   byte[] threatDescriptionEnc, LocalDate threatOccurredOn, ReportChannel reportChannel,
                   byte[] reportSourceEnc, CaseStage stage, ClosureReason closureReason, ClosureOutcome closureOutcome,
                   String riskLevel, Integer urgencyTier, OffsetDateTime reopenedAt, String processInstanceId,
                   String linkedCaseReference, OffsetDateTime createdAt, String createdBy, OffsetDateTime closedAt,
                   Boolean verifiedIsDefender, Boolean verifiedLinkedToHumanRightsWork,
                   VerificationOutcome verificationOutcome, String verifiedBy, OffsetDateTime verifiedAt) {
}
