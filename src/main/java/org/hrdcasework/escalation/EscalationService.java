package org.hrdcasework.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Escalation records: created once per (task, level), resolved when the work completes, listed on the board. */
@Service
public class EscalationService {

    /** The group each level escalates to, within the case's mission. */
    public static String groupOf(int level) {
        return switch (level) {
            case 1 -> Roles.SUPERVISORS;
            case 2 -> Roles.SENIOR_OFFICIALS;
            case 3 -> Roles.HEADQUARTERS;
            default -> throw new IllegalArgumentException("level " + level);
        };
    }

    private final EscalationMapper mapper;
    private final Clock clock;

    EscalationService(EscalationMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** What is escalated. */
    public record Escalation(UUID caseId, String missionId, String caseReference, String stage, String taskId, int level,
                             Instant dueAt) {
    }

    /** Records the escalation unless it exists; the id only when this call created it (side effects follow only then). */
    @Transactional
    public Optional<UUID> recordOnce(Escalation e) {
        UUID id = UUID.randomUUID();
        int inserted = mapper.insertOnce(new EscalationRecord(id, e.caseId(), e.missionId(), e.caseReference(), e.stage(),
                e.taskId(), e.level(), e.dueAt().atOffset(ZoneOffset.UTC), OffsetDateTime.now(clock), null));
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    @Transactional
    public int resolveOpen(String taskId) {
        return mapper.resolveOpen(taskId, OffsetDateTime.now(clock));
    }

    @Transactional
    public void recordDecision(UUID escalationId, String decision, String decidedBy) {
        mapper.recordDecision(escalationId, decision, decidedBy, OffsetDateTime.now(clock));
    }

    /** The board: open escalations of the caller's missions, oldest first. */
    @Transactional(readOnly = true)
    public List<EscalationView> openEscalations(Caller caller, Integer level, String stage) {
        if (!caller.hasAnyGroup(List.of(Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS, Roles.HEADQUARTERS))) {
            throw new AccessRefusedException("escalations", "the board is for supervisors, senior officials and headquarters");
        }
        if (level != null && (level < 1 || level > 3)) {
            throw new InvalidInputException("level", "must be 1, 2 or 3");
        }
        if (stage != null && !stage.matches("[A-Za-z_]{1,100}")) {
            throw new InvalidInputException("stage", "must be a task key such as Task_VerifyReport");
        }
        if (caller.missions().isEmpty()) {
            return List.of();
        }
        return mapper.findOpen(caller.missions(), level, stage, OffsetDateTime.now(clock));
    }
}
