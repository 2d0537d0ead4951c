package org.hrdcasework.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of casework.mission_report; {@code figures} is the JSON array of {@link Figure}s. */
record MissionReportRecord(UUID id, String reference, String missionId, ReportKind kind, LocalDate periodStart,
                           LocalDate periodEnd, ReportStatus status, String figures, OffsetDateTime compiledAt,
                           String approvedBy, OffsetDateTime approvedAt, OffsetDateTime sentAt, String acknowledgedBy,
                           OffsetDateTime acknowledgedAt, String requestedBy, String processInstanceId) {
}
