package org.hrdcasework.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A threat_report row: a report after the first one; the description is ciphertext. */
record FurtherReportRecord(UUID id, UUID caseId, ThreatType threatType, byte[] descriptionEnc, LocalDate occurredOn,
                           ReportChannel reportChannel, String reportedBy, OffsetDateTime reportedAt) {
}
