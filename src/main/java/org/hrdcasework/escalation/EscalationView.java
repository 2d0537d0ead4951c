package org.hrdcasework.escalation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One open escalation as the board shows it: no defender data, the case by reference.
 *
 * @param stage          the key of the escalated task in its model (e.g. {@code Task_VerifyReport})
 * @param taskName       the escalated task's name as its model says it
 * @param caseStage      the stage of the case (a {@code CaseStage} name); null for a standing duty's work
 * @param handlingTaskId the open "Handle escalation" task of this escalation, if there is one
 * @param daysSinceIncident days since the case's incident (its latest report's date); null for a standing duty's work
 */
public record EscalationView(UUID id, String caseReference, boolean aboutCase, String mission, String stage, int level,
                             OffsetDateTime dueAt, OffsetDateTime firedAt, long overdueMinutes, String assignedOfficer,
                             String taskName, String caseStage, String handlingTaskId, Integer daysSinceIncident) {
}
