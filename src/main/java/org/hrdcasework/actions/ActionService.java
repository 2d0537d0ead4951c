package org.hrdcasework.actions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The action plan of a case and the state of each action. */
@Service
public class ActionService {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";
    static final String STOPPED = "STOPPED";

    private final ActionMapper mapper;
    private final RelocationMapper relocations;
    private final Clock clock;

    ActionService(ActionMapper mapper, RelocationMapper relocations, Clock clock) {
        this.mapper = mapper;
        this.relocations = relocations;
        this.clock = clock;
    }

    /**
     * The actions to carry out, in a stable order, from what the officer chose. A defender's
     * killing always calls for a public statement (which still needs the family's public consent).
     * None chosen is a monitoring-only plan.
     */
    public List<ActionType> plan(Collection<String> chosen, boolean defenderKilled, String field) {
        Set<ActionType> plan = new LinkedHashSet<>();
        for (String value : chosen) {
            try {
                plan.add(ActionType.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, "'" + value + "' is not a known action");
            }
        }
        if (defenderKilled) {
            plan.add(ActionType.PUBLIC_STATEMENT);
        }
        List<ActionType> ordered = new ArrayList<>(plan);
        ordered.sort(null);
        return ordered;
    }

    @Transactional
    public UUID start(UUID caseId, ActionType type) {
        UUID id = UUID.randomUUID();
        mapper.insert(new ActionRecord(id, caseId, type, IN_PROGRESS, null, OffsetDateTime.now(clock), null));
        return id;
    }

    @Transactional
    public void recordOutcome(UUID actionId, String outcome) {
        mapper.recordOutcome(actionId, outcome);
    }

    /** Completed with its outcome (e.g. the reply to a demarche), or stopped when the outcome says so (e.g. a statement without consent). */
    @Transactional
    public void finish(UUID actionId, String outcome) {
        boolean stopped = outcome != null && outcome.startsWith("STOPPED");
        if (outcome != null) {
            mapper.recordOutcome(actionId, outcome);
        }
        mapper.finish(actionId, stopped ? STOPPED : COMPLETED, OffsetDateTime.now(clock));
    }

    /** Stops the case's actions of {@code type} still in progress, with {@code outcome} as the reason; returns how many. */
    @Transactional
    public int stopOfType(UUID caseId, ActionType type, String outcome) {
        int stopped = mapper.stopOpenOfType(caseId, type, outcome, OffsetDateTime.now(clock));
        relocations.notRelocatedWhenStopped(caseId, OffsetDateTime.now(clock));
        return stopped;
    }

    /** Stops every action of the case still in progress, with {@code outcome} as the reason; returns how many. */
    @Transactional
    public int stopAllOf(UUID caseId, String outcome) {
        int stopped = mapper.stopOpen(caseId, outcome, OffsetDateTime.now(clock));
        // A relocation stopped before the departure will not happen; one abroad stays ABROAD (the defender still is).
        relocations.notRelocatedWhenStopped(caseId, OffsetDateTime.now(clock));
        return stopped;
    }

    @Transactional(readOnly = true)
    public List<ActionRecord> actionsOf(UUID caseId) {
        return mapper.findByCase(caseId);
    }
}
