package org.hrdcasework.coordination;

import java.util.List;
import java.util.UUID;
import org.hrdcasework.defenders.DefenderService;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.ConflictException;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The like-minded missions a mission coordinates with (embassies, the EU delegation, UN offices),
 * kept by its supervisors and senior officials. A partner is never deleted, since sharings and
 * joint actions refer to it: it is deactivated, and can no longer be chosen.
 */
@Service
class PartnerMissionService {

    static final List<String> MAY_MAINTAIN = List.of(Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS);
    static final int MAX_NAME = 200;

    private final CoordinationMapper mapper;
    private final DefenderService defenderService;

    PartnerMissionService(CoordinationMapper mapper, DefenderService defenderService) {
        this.mapper = mapper;
        this.defenderService = defenderService;
    }

    /** Body of {@code POST /api/partner-missions}; {@code mission} may be left out by staff of one mission. */
    record NewPartner(String mission, String name, PartnerKind kind) {
    }

    @Transactional
    public PartnerMission add(Caller caller, NewPartner request) {
        CoordinationAccess.requireRole(caller, MAY_MAINTAIN, "mission", "maintain the partner missions");
        String mission = CoordinationAccess.missionOf(caller, request.mission());
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "is required");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "must be at most " + MAX_NAME + " characters");
        }
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "is required (EMBASSY, EU_DELEGATION, UN_OFFICE or OTHER)");
        }
        // An institution's public name, stored as it is: never one of the mission's defenders.
        defenderService.requirePseudonymousInMission(mission, "name", name);
        PartnerMission partner = new PartnerMission(UUID.randomUUID(), mission, name, request.kind(), true);
        if (mapper.insertPartnerIfAbsent(partner) == 0) {
            throw new ConflictException("The mission already has a partner named so");
        }
        return partner;
    }

    /** Activates or deactivates a partner of one of the caller's missions. */
    @Transactional
    public PartnerMission setActive(Caller caller, UUID id, Boolean active) {
        CoordinationAccess.requireRole(caller, MAY_MAINTAIN, "mission", "maintain the partner missions");
        if (active == null) {
            throw new InvalidInputException("active", "is required (true or false)");
        }
        if (caller.missions().isEmpty() || mapper.updatePartnerActive(id, caller.missions(), active) == 0) {
            throw new NotFoundException("No partner mission " + id + " in your missions");
        }
        return mapper.findPartner(id).orElseThrow();
    }
}
