package org.hrdcasework.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An application as the API lists it. {@code duplicate} is set when, at the time it was made, the
 * defender already had an open or funded application for the same purpose ({@code duplicateOfReference}).
 */
public record SupportApplicationView(String reference, String caseReference, String missionId, String programmeCode,
                                     String programmeName, ProgrammeKind programmeKind, SupportPurpose purpose,
                                     BigDecimal amountRequested, String currency, ApplicationStatus status,
                                     boolean duplicate, String duplicateOfReference, String programmeReference,
                                     LocalDate submittedOn, LocalDate decidedOn, LocalDate paidOn,
                                     BigDecimal amountGranted, BigDecimal amountPaid, WithdrawalReason withdrawalReason,
                                     String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
