package org.hrdcasework.actions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A relocation row: one temporary relocation action of a case, without names. */
public record RelocationRecord(UUID id, String missionId, UUID caseId, UUID actionId, String programme, int durationMonths,
                               int familyMembers, String visaOutcome, LocalDate departedOn, LocalDate stayEndsOn,
                               LocalDate returnedOn, String status, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
