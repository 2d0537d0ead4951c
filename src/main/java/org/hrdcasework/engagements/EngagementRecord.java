package org.hrdcasework.engagements;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An engagement row: a visit or a dialogue round of one mission. */
record EngagementRecord(UUID id, String reference, String missionId, EngagementKind kind, VisitorLevel visitorLevel,
                        LocalDate scheduledOn, EngagementStatus status, OffsetDateTime packCompiledAt,
                        Boolean stateAnswered, String createdBy, OffsetDateTime createdAt, String processInstanceId) {
}
