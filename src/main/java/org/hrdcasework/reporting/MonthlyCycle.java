package org.hrdcasework.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** The calendar of the monthly reporting cycle: runs at 06:00 UTC on the 1st, reports the month before. */
final class MonthlyCycle {

    static final int RUN_HOUR_UTC = 6;

    private MonthlyCycle() {
    }

    /** The first 06:00 UTC on a 1st of a month strictly after {@code now}. */
    static Instant nextRun(Instant now) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        ZonedDateTime thisMonth = YearMonth.from(utc).atDay(1).atTime(RUN_HOUR_UTC, 0).atZone(ZoneOffset.UTC);
        return (utc.isBefore(thisMonth) ? thisMonth : thisMonth.plusMonths(1)).toInstant();
    }

    /** The month a run reports: the calendar month before the run's own (January's run reports December). */
    static YearMonth reportedMonth(Instant run) {
        return YearMonth.from(run.atZone(ZoneOffset.UTC)).minusMonths(1);
    }
}
