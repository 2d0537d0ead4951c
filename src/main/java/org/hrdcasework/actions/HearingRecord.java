package org.hrdcasework.actions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One hearing of a defender's trial the mission observes (casework.trial_hearing). */
record HearingRecord(UUID id, String missionId, UUID caseId, UUID actionId, LocalDate hearingOn, String status,
                     LocalDate postponedTo, String observer, UUID partnerId, String guaranteesNotRespected,
                     Boolean illTreatmentAlleged, OffsetDateTime recordedAt) {
}
