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
import org.hrdcasework.system.web.PageOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Escalation records: created once per (task, level), resolved when the work completes, listed on the board. */
@Service
public class EscalationService {

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

    /** Rows on one page of the board unless the caller asks for fewer or more (at most {@link #MAX_PAGE}). */
    public static final int DEFAULT_PAGE = 100;
    public static final int MAX_PAGE = 500;

    /** One page of the board: open escalations of the caller's missions, most overdue first. */
    @Transactional(readOnly = true)
    public PageOf<EscalationView> openEscalations(Caller caller, Integer level, String stage, Integer limit, Integer offset) {
        if (!caller.hasAnyGroup(Roles.MAY_RECEIVE_ESCALATIONS)) {
            throw new AccessRefusedException("escalations", "the board is for supervisors, senior officials and headquarters");
        }
        if (level != null && (level < 1 || level > 3)) {
            throw new InvalidInputException("level", "must be 1, 2 or 3");
        }
        if (stage != null && !stage.matches("[A-Za-z_]{1,100}")) {
            throw new InvalidInputException("stage", "must be a task key such as Task_VerifyReport");
        }
        if (limit != null && (limit < 1 || limit > MAX_PAGE)) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE);
        }
        if (offset != null && (offset < 0 || offset > 1_000_000)) {
            throw new InvalidInputException("offset", "must be between 0 and 1000000");
        }
        if (caller.missions().isEmpty()) {
            return PageOf.empty();
        }
        List<EscalationView> page = mapper.findOpen(caller.missions(), level, stage, OffsetDateTime.now(clock),
                limit == null ? DEFAULT_PAGE : limit, offset == null ? 0 : offset);
        return new PageOf<>(page, mapper.countOpen(caller.missions(), level, stage));
    }
}
