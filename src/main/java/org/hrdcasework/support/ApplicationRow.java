package org.hrdcasework.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A support_application row. */
record ApplicationRow(UUID id, String reference, String missionId, UUID caseId, UUID defenderId,
                      String programmeCode, SupportPurpose purpose, BigDecimal amountRequested, String currency,
                      ApplicationStatus status, UUID duplicateOf, String programmeReference, LocalDate submittedOn,
                      LocalDate decidedOn, LocalDate paidOn, BigDecimal amountGranted, BigDecimal amountPaid,
                      WithdrawalReason withdrawalReason, OffsetDateTime createdAt, String createdBy,
                      OffsetDateTime updatedAt, String processInstanceId) {
}
