package org.hrdcasework.coordination;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A sharing row joined with its partner's name, for reading. */
record CaseShareRow(UUID id, String reference, UUID partnerId, String partnerName, ShareStatus status,
                    byte[] summaryEnc, OffsetDateTime consentCheckedAt, String requestedBy, OffsetDateTime requestedAt,
                    String draftedBy, String approvedBy, String sharedBy, OffsetDateTime sharedAt) {
}
