package org.hrdcasework.reprisals;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of casework.reprisal_watch: ids, the engagement's kind and row id, and the watch period. */
record ReprisalWatchRecord(UUID id, String missionId, UUID caseId, UUID defenderId, String engagementKind,
                           String engagementRef, OffsetDateTime engagementAt, OffsetDateTime openedAt,
                           OffsetDateTime endsAt, OffsetDateTime closedAt, String processInstanceId) {
}
