package org.hrdcasework.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.PageOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload of the caller's missions and the supervisors' deadline overview. Filtering, sorting
 * and paging happen in the database (one query for the page, one for the count); a caller without
 * a mission sees nothing.
 */
@Service
public class CaseloadService {

    static final List<String> MAY_SEE_DEADLINES = List.of(Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS, Roles.HEADQUARTERS);
    static final int TIERS = 3;

    private final CaseloadMapper mapper;
    private final Clock clock;

    CaseloadService(CaseloadMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** One page of the caseload and the number of cases the filters select in all. */
    @Transactional(readOnly = true)
    public PageOf<CaseloadEntry> caseload(Caller caller, Map<String, List<String>> parameters) {
        CaseloadFilter filter = CaseloadFilter.parse(parameters);
        if (caller.missions().isEmpty()) {
            return PageOf.empty();
        }
        Instant now = clock.instant();
        CaseloadQuery query = CaseloadQuery.of(caller.missions(), caller.userId(), now, filter);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<CaseloadEntry> cases = mapper.findPage(query).stream().map(row -> entry(row, today)).toList();
        return new PageOf<>(cases, mapper.count(query));
    }

    /** Supervisors, senior officials and headquarters: what is due and escalated, per tier, in their missions. */
    @Transactional(readOnly = true)
    public DeadlineOverview deadlines(Caller caller) {
        if (!caller.hasAnyGroup(MAY_SEE_DEADLINES)) {
            throw new AccessRefusedException("deadlines", "the deadline overview is for supervisors, senior officials and headquarters");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long[][] tasks = new long[TIERS + 1][2];
        long[][] escalations = new long[TIERS + 1][4];
        if (!caller.missions().isEmpty()) {
            Instant endOfToday = today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            for (DeadlineOverview.TaskCount count : mapper.countDueTasks(caller.missions(), now, endOfToday)) {
                tasks[count.tier()] = new long[] {count.dueToday(), count.overdue()};
            }
            for (DeadlineOverview.EscalationCount count : mapper.countOpenEscalations(caller.missions())) {
                escalations[count.tier()][count.level()] = count.escalations();
            }
        }
        List<DeadlineOverview.Tier> tiers = IntStream.rangeClosed(1, TIERS).mapToObj(tier -> new DeadlineOverview.Tier(tier,
                tasks[tier][0], tasks[tier][1], new DeadlineOverview.Escalations(escalations[tier][1], escalations[tier][2],
                escalations[tier][3]))).toList();
        return new DeadlineOverview(now.atOffset(ZoneOffset.UTC), today, tiers);
    }

    private static CaseloadEntry entry(CaseloadRow row, LocalDate today) {
        List<ActionType> actionTypes = row.actionTypes() == null ? List.of()
                : Arrays.stream(row.actionTypes().split(",")).map(ActionType::valueOf).toList();
        return new CaseloadEntry(row.reference(), row.mission(), row.codeName(), row.stage(), row.tier(), row.openedAt(),
                row.reopenedAt(), row.incidentOn(),
                row.incidentOn() == null ? null : ChronoUnit.DAYS.between(row.incidentOn(), today),
                row.nextDeadline() == null ? null : row.nextDeadline().atOffset(ZoneOffset.UTC), row.overdue(),
                row.openTasks(), row.escalationLevel(), actionTypes);
    }
}
