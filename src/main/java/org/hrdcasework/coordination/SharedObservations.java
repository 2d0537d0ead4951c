package org.hrdcasework.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner mission's observer at a defender's trial: the mission's active partners to choose from,
 * and the shared trial observation recorded as a joint action of the case (no sharing behind it).
 */
@Service
public class SharedObservations {

    private final CoordinationMapper mapper;
    private final Clock clock;

    SharedObservations(CoordinationMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A partner as a form offers it: its id and public name. */
    public record Partner(UUID id, String name) {
    }

    /** The mission's active partners, by name. */
    public List<Partner> activePartners(String missionId) {
        return mapper.activePartnersOf(List.of(missionId)).stream()
                .map(p -> new Partner(p.id(), p.name()))
                .toList();
    }

    /**
     * Records that {@code partnerId}, an active partner of {@code missionId}, observes the hearing of
     * {@code day} with the mission: a joint action (shared trial observation) of the case. Refused,
     * naming {@code field}, when the partner is not one of the mission's active partners.
     */
    @Transactional
    public void recordSharedTrialObservation(String missionId, UUID caseId, UUID partnerId, LocalDate day, String actor, String field) {
        boolean partner = mapper.findPartners(missionId, List.of(partnerId)).stream().anyMatch(PartnerMission::active);
        if (!partner) {
            throw new InvalidInputException(field, "is not one of the mission's active partner missions");
        }
        UUID id = UUID.randomUUID();
        mapper.insertJointAction(new JointActionRecord(id, missionId, caseId, null, JointActionKind.SHARED_TRIAL_OBSERVATION,
                day, actor, OffsetDateTime.now(clock)));
        mapper.insertJointActionPartner(id, partnerId);
    }
}
