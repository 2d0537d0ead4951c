package org.hrdcasework.escalation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An escalation row. */
record EscalationRecord(UUID id, UUID caseId, String missionId, String caseReference, String stage, String taskId,
                        int level, OffsetDateTime dueAt, OffsetDateTime firedAt, OffsetDateTime resolvedAt) {
}
