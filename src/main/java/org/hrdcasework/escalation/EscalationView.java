package org.hrdcasework.escalation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One open escalation as the board shows it: no defender data, the case by reference. */
public record EscalationView(UUID id, String caseReference, boolean aboutCase, String mission, String stage, int level,
                             OffsetDateTime dueAt, OffsetDateTime firedAt, long overdueMinutes, String assignedOfficer) {
}
