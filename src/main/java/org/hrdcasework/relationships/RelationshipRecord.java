package org.hrdcasework.relationships;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A defender_relationship row. */
record RelationshipRecord(UUID id, String reference, String missionId, UUID defenderId, String liaisonOfficer,
                          String deputyOfficer, int contactTier, LocalDate nextContactDue,
                          LocalDate nextSecurityCheckDue, OffsetDateTime startedAt, String startedBy,
                          OffsetDateTime endedAt, String endedBy, EndReason endReason, String contactProcessId,
                          String securityProcessId) {
}
