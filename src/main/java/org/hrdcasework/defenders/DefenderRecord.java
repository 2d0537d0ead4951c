package org.hrdcasework.defenders;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A defender row as stored: identity fields are ciphertext, null once erased. */
public record DefenderRecord(UUID id, String missionId, String codeName, byte[] fullNameEnc, byte[] contactEnc,
                             byte[] organisationEnc, byte[] locationEnc, byte[] photoReferenceEnc, byte[] familyEnc,
                             OffsetDateTime createdAt, String createdBy, OffsetDateTime identityErasedAt) {
}
