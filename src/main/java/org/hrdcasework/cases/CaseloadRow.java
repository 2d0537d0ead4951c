package org.hrdcasework.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One case of a caseload page as the query reads it. {@code nextDeadline} is the engine's task due
 * date, read as an instant (the engine stores it without a time zone, in the JVM's).
 */
record CaseloadRow(String reference, String mission, String codeName, CaseStage stage, int tier, OffsetDateTime openedAt,
                   OffsetDateTime reopenedAt, LocalDate incidentOn, boolean overdue, Instant nextDeadline, long openTasks,
                   Integer escalationLevel, String actionTypes) {
}
