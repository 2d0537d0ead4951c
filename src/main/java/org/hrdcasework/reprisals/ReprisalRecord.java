package org.hrdcasework.reprisals;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of casework.reprisal: a suspected reprisal linked to the engagement of a watch. */
record ReprisalRecord(UUID id, String missionId, UUID caseId, UUID watchId, String engagementKind, String reprisalKind,
                      String source, UUID reportCaseId, OffsetDateTime recordedAt, Boolean confirmed,
                      String decidedBy, OffsetDateTime decidedAt) {
}
