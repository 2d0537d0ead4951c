package org.hrdcasework.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A case_file row as stored; {@code *Enc} fields are ciphertext. */
record CaseRecord(UUID id, String reference, String missionId, UUID defenderId, ThreatType threatType,
                  byte[] threatDescriptionEnc, LocalDate threatOccurredOn, ReportChannel reportChannel,
                  byte[] reportSourceEnc, CaseStage stage, String processInstanceId, UUID linkedCaseId,
                  ClosureReason closureReason, OffsetDateTime createdAt, String createdBy, OffsetDateTime closedAt) {
}
