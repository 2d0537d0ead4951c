package org.hrdcasework.relationships;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A contact_log row: one contact with the defender. */
public record ContactLogRecord(UUID id, UUID relationshipId, String missionId, ContactKind contactKind,
                               LocalDate contactedOn, DefenderSituation defenderSituation, String loggedBy,
                               OffsetDateTime loggedAt) {
}
