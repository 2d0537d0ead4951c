package org.hrdcasework.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hrdcasework.actions.ActionType;

/**
 * A row of the caseload ({@code GET /api/cases}): the case by reference and code name, its urgency
 * and what is due. Nothing identifies the defender.
 *
 * @param daysSinceIncident whole days from the reported incident to today (UTC)
 * @param nextDeadline      the earliest due date of the case's open tasks
 * @param overdue           an open task of the case is past its due date
 * @param escalationLevel   the highest open escalation (1 supervisors, 2 senior officials, 3 headquarters)
 * @param actionTypes       the types of the actions planned for the case, in any state
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseloadEntry(String reference, String mission, String codeName, CaseStage stage, int tier,
                     OffsetDateTime openedAt, OffsetDateTime reopenedAt, LocalDate incidentOn, Long daysSinceIncident,
                     OffsetDateTime nextDeadline, boolean overdue, long openTasks, Integer escalationLevel,
                     List<ActionType> actionTypes) {
}
