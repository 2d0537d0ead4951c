package org.hrdcasework.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a mission does together with a partner mission outside a case sharing: a partner's observer
 * at a defender's trial, a demarche delivered jointly on the ladder's joint rung. The mission's
 * active partners to choose from, and the joint action recorded on the case.
 */
@Service
public class JointActions {

    private final CoordinationMapper mapper;
    private final Clock clock;

    JointActions(CoordinationMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A partner as a form offers it: its id and public name. */
    public record Partner(UUID id, String name) {
    }

    /** The mission's active partners as a form's options: the public name as the label, the id as the value. */
    public List<java.util.Map<String, String>> partnerOptions(String missionId) {
        return activePartners(missionId).stream().map(p -> java.util.Map.of("label", p.name(), "value", p.id().toString())).toList();
    }

    /** The mission's active partners, by name. */
    public List<Partner> activePartners(String missionId) {
        return mapper.activePartnersOf(List.of(missionId)).stream()
                .map(p -> new Partner(p.id(), p.name()))
                .toList();
    }

    /**
     * Records that {@code partner} (a partner's id as a form submitted it), an active partner of
     * {@code missionId}, observes the hearing of {@code day} with the mission: a joint action (shared
     * trial observation) of the case. Refused, naming {@code field}, when it is not one of the
     * mission's active partners. Answers the partner's id.
     */
    @Transactional
    public UUID recordSharedTrialObservation(String missionId, UUID caseId, Object partner, LocalDate day, String actor, String field) {
        return record(missionId, caseId, partner, JointActionKind.SHARED_TRIAL_OBSERVATION, day, actor, field);
    }

    /** Records a demarche delivered jointly with {@code partner}, as {@link #recordSharedTrialObservation} does. */
    @Transactional
    public UUID recordJointDemarche(String missionId, UUID caseId, Object partner, LocalDate day, String actor, String field) {
        return record(missionId, caseId, partner, JointActionKind.JOINT_DEMARCHE, day, actor, field);
    }

    private UUID record(String missionId, UUID caseId, Object partner, JointActionKind kind, LocalDate day, String actor, String field) {
        UUID partnerId = partnerId(field, partner);
        boolean active = mapper.findPartners(missionId, List.of(partnerId)).stream().anyMatch(PartnerMission::active);
        if (!active) {
            throw new InvalidInputException(field, "is not one of the mission's active partner missions");
        }
        UUID id = UUID.randomUUID();
        mapper.insertJointAction(new JointActionRecord(id, missionId, caseId, null, kind,
                day, actor, OffsetDateTime.now(clock)));
        mapper.insertJointActionPartner(id, partnerId);
        return partnerId;
    }

    private static UUID partnerId(String field, Object value) {
        try {
            return UUID.fromString(FormAnswers.text(field, value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not one of the mission's active partner missions");
        }
    }
}
