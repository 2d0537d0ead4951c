package org.hrdcasework.records;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A task_record row: the answers of one completed task; free text as ciphertext. */
record TaskRecord(UUID id, UUID caseId, String missionId, String dutyReference, UUID actionId, String taskKey, String formId, String answers,
                  byte[] sensitiveEnc, String completedBy, OffsetDateTime completedAt) {
}
