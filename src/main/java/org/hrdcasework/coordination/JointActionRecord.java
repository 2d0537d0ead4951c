package org.hrdcasework.coordination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An action taken together with partner missions (its partners are in joint_action_partner). */
record JointActionRecord(UUID id, String missionId, UUID caseId, String shareReference, JointActionKind kind,
                         LocalDate takenOn, String recordedBy, OffsetDateTime recordedAt) {
}
