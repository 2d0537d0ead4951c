package org.hrdcasework.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hrdcasework.cases.CaseInMission;
import org.hrdcasework.cases.CaseScope;
import org.hrdcasework.defenders.DefenderService;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mission's engagement of national human-rights institutions (support under the Paris Principles). */
@Service
class NhriEngagementService {

    static final List<String> MAY_RECORD = List.of(Roles.CASE_OFFICERS, Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS);
    static final int MAX_INSTITUTION = 200;

    private final CoordinationMapper mapper;
    private final CaseScope cases;
    private final DefenderService defenderService;
    private final Clock clock;

    NhriEngagementService(CoordinationMapper mapper, CaseScope cases, DefenderService defenderService, Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.defenderService = defenderService;
        this.clock = clock;
    }

    /** Body of {@code POST /api/nhri-engagements}; {@code mission} may be left out by staff of one mission. */
    record Engagement(String mission, String institution, ParisPrinciplesStatus parisPrinciplesStatus,
                      LocalDate engagedOn, NhriEngagementKind kind, String caseReference) {
    }

    @Transactional
    public UUID record(Caller caller, Engagement e) {
        CoordinationAccess.requireRole(caller, MAY_RECORD, "mission", "record NHRI engagements");
        String mission = CoordinationAccess.missionOf(caller, e.mission());
        String institution = e.institution() == null ? "" : e.institution().trim();
        if (institution.isEmpty()) {
            throw new InvalidInputException("institution", "is required");
        }
        if (institution.length() > MAX_INSTITUTION) {
            throw new InvalidInputException("institution", "must be at most " + MAX_INSTITUTION + " characters");
        }
        if (e.parisPrinciplesStatus() == null) {
            throw new InvalidInputException("parisPrinciplesStatus", "is required (A, B or NONE)");
        }
        if (e.engagedOn() == null) {
            throw new InvalidInputException("engagedOn", "is required");
        }
        if (e.engagedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("engagedOn", "must not be in the future");
        }
        if (e.kind() == null) {
            throw new InvalidInputException("kind", "is required");
        }
        UUID caseId = null;
        if (e.caseReference() != null && !e.caseReference().isBlank()) {
            CaseInMission c = cases.caseOf(caller, e.caseReference());
            if (!c.missionId().equals(mission)) {
                throw new InvalidInputException("caseReference", "is a case of another mission");
            }
            caseId = c.id();
        }
        // The institution's name is stored as it is: it must be an institution, never one of the mission's defenders.
        defenderService.requirePseudonymousInMission(mission, "institution", institution);
        UUID id = UUID.randomUUID();
        mapper.insertNhriEngagement(new NhriEngagementRecord(id, mission, caseId, institution, e.parisPrinciplesStatus(),
                e.engagedOn(), e.kind(), caller.userId(), OffsetDateTime.now(clock)));
        return id;
    }

    @Transactional(readOnly = true)
    public List<NhriEngagementRow> engagementsOf(Caller caller) {
        CoordinationAccess.requireRole(caller, Roles.MAY_REVEAL_IDENTITY, "missions", "read NHRI engagements");
        return caller.missions().isEmpty() ? List.of() : mapper.nhriEngagementsOf(caller.missions());
    }
}
