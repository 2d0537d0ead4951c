package org.hrdcasework.coordination;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One partner's row of a sharing; all rows of a sharing have the same reference. */
record CaseShareRecord(UUID id, String reference, String missionId, UUID caseId, UUID partnerId, ShareStatus status,
                       byte[] summaryEnc, OffsetDateTime consentCheckedAt, String requestedBy,
                       OffsetDateTime requestedAt, String draftedBy, String approvedBy, String sharedBy,
                       OffsetDateTime sharedAt) {
}
