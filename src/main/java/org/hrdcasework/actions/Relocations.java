package org.hrdcasework.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relocation rows of TEMPORARY_RELOCATION actions (casework.relocation), written as the
 * process moves on; always within one mission.
 */
@Service
public class Relocations {

    static final String PLANNED = "PLANNED";
    static final String NOT_RELOCATED = "NOT_RELOCATED";
    static final String ABROAD = "ABROAD";
    static final String RETURNED = "RETURNED";
    static final String LONGER_TERM_PROTECTION = "LONGER_TERM_PROTECTION";

    private final RelocationMapper mapper;
    private final Clock clock;

    Relocations(RelocationMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The eligibility assessment: planned (or not relocated) with this programme, stay and family count. */
    @Transactional
    void assessed(String missionId, UUID caseId, UUID actionId, HostProgramme programme, int months, int familyMembers,
                  boolean eligible) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        mapper.upsertPlan(new RelocationRecord(UUID.randomUUID(), missionId, caseId, actionId, programme.name(), months,
                familyMembers, null, null, null, null, eligible ? PLANNED : NOT_RELOCATED, now, now));
    }

    @Transactional
    void visa(String missionId, UUID actionId, VisaOutcome outcome) {
        mapper.recordVisa(missionId, actionId, outcome.name(), PLANNED, OffsetDateTime.now(clock));
    }

    @Transactional
    void notRelocated(String missionId, UUID actionId) {
        mapper.recordStatus(missionId, actionId, NOT_RELOCATED, OffsetDateTime.now(clock));
    }

    /** The defender left on {@code departedOn}: abroad until the end of the stay; returns that end. */
    @Transactional
    LocalDate departed(String missionId, UUID actionId, LocalDate departedOn) {
        RelocationRecord relocation = mapper.findByAction(missionId, actionId);
        LocalDate stayEndsOn = departedOn.plusMonths(relocation.durationMonths());
        mapper.recordDeparture(missionId, actionId, departedOn, stayEndsOn, OffsetDateTime.now(clock));
        return stayEndsOn;
    }

    /** The stay is extended by {@code months} from its current end; returns the new end. */
    @Transactional
    LocalDate extended(String missionId, UUID actionId, int months) {
        RelocationRecord relocation = mapper.findByAction(missionId, actionId);
        LocalDate stayEndsOn = relocation.stayEndsOn().plusMonths(months);
        mapper.recordExtension(missionId, actionId, months, stayEndsOn, OffsetDateTime.now(clock));
        return stayEndsOn;
    }

    @Transactional
    void longerTermProtection(String missionId, UUID actionId) {
        mapper.recordStatus(missionId, actionId, LONGER_TERM_PROTECTION, OffsetDateTime.now(clock));
    }

    @Transactional
    void returned(String missionId, UUID actionId, LocalDate returnedOn) {
        mapper.recordReturn(missionId, actionId, returnedOn, OffsetDateTime.now(clock));
    }

    /** The case's relocations, of the mission only. */
    @Transactional(readOnly = true)
    public List<RelocationRecord> ofCase(String missionId, UUID caseId) {
        return mapper.findByCase(missionId, caseId);
    }
}
