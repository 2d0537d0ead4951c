package org.hrdcasework.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The supervisors' deadline overview ({@code GET /api/deadlines}): for each urgency tier of the
 * caller's missions' cases, the open tasks due later today and past due, and the open escalations
 * at each level. Counts only, no case named.
 *
 * @param today the day "due today" means (UTC)
 */
public record DeadlineOverview(OffsetDateTime asOf, LocalDate today, List<Tier> tiers) {

    /**
     * @param dueToday open tasks due from now to the end of today, not yet overdue
     * @param overdue  open tasks past their due date
     */
    public record Tier(int tier, long dueToday, long overdue, Escalations escalations) {
    }

    /** Open escalations, by the level reached (a task escalated to level 2 also keeps its open level 1). */
    public record Escalations(long level1, long level2, long level3) {
    }

    /** Open tasks of one tier by due date, as counted in the database. */
    record TaskCount(int tier, long dueToday, long overdue) {
    }

    /** Open escalations of one tier and level, as counted in the database. */
    record EscalationCount(int tier, int level, long escalations) {
    }
}
