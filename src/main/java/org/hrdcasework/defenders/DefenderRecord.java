package org.hrdcasework.defenders;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A defender row as stored: identity fields are ciphertext. */
public record DefenderRecord(UUID id, String missionId, String codeName, byte[] fullNameEnc, byte[] contactEnc,
                             OffsetDateTime createdAt, String createdBy) {
}
