package org.hrdcasework.actions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** casework.trial_hearing; every read a user can reach is limited to their missions. */
@Mapper
interface HearingMapper {

    void insert(HearingRecord hearing);

    /** The action's hearing still to come (SCHEDULED), if any. */
    Optional<HearingRecord> scheduledOf(UUID actionId);

    int assignObserver(@Param("id") UUID id, @Param("observer") String observer, @Param("partnerId") UUID partnerId);

    int postpone(@Param("id") UUID id, @Param("postponedTo") LocalDate postponedTo);

    int held(@Param("id") UUID id, @Param("guaranteesNotRespected") String guaranteesNotRespected,
             @Param("illTreatmentAlleged") boolean illTreatmentAlleged);

    /** The hearings of {@code missions} on or after {@code from}, of trial observations still running, soonest first. */
    List<CalendarRow> calendar(@Param("missions") Collection<String> missions, @Param("from") LocalDate from);

    /** One hearing of {@code missions}, with its case reference. */
    Optional<CalendarRow> findInMissions(@Param("id") UUID id, @Param("missions") Collection<String> missions);

    /** Every hearing of the same trial observation as {@code id}, in date order (for the trial report). */
    List<CalendarRow> trialOf(@Param("actionId") UUID actionId);

    /** A hearing as the calendar and the report read it: the case by reference, the partner by its public name. */
    record CalendarRow(UUID id, String missionId, UUID caseId, String caseReference, UUID actionId, LocalDate hearingOn, String status,
                       LocalDate postponedTo, String observer, String partnerName, String codeName, String guaranteesNotRespected,
                       Boolean illTreatmentAlleged, String actionOutcome) {
    }
}
