package org.hrdcasework.actions;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A case_action row. */
public record ActionRecord(UUID id, UUID caseId, ActionType actionType, String state, String outcome,
                           OffsetDateTime startedAt, OffsetDateTime completedAt) {
}
