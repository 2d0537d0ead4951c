package org.hrdcasework.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.hrdcasework.system.web.InvalidInputException;

/**
 * A reporting period of whole UTC days, both ends INCLUSIVE: November 2026 is 2026-11-01 to
 * 2026-11-30. Queries use the half-open instant range [start 00:00 UTC, day after end 00:00 UTC).
 */
public record ReportPeriod(LocalDate start, LocalDate end) {

    /** The longest period a report may cover. */
    public static final int MAX_DAYS = 366;

    public ReportPeriod {
        if (start == null || end == null || start.isAfter(end)) {
            throw new IllegalArgumentException("a period needs a start on or before its end");
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * A period requested by a person: {@code from} and {@code to} given, from not after to, to not
     * after {@code today} (a report cannot cover the future), at most {@link #MAX_DAYS} days.
     * Fields are named as the request names them.
     */
    public static ReportPeriod requested(LocalDate from, LocalDate to, LocalDate today, String fromField, String toField) {
        if (from == null) {
            throw new InvalidInputException(fromField, "is required (yyyy-MM-dd)");
        }
        if (to == null) {
            throw new InvalidInputException(toField, "is required (yyyy-MM-dd)");
        }
        if (from.isAfter(to)) {
            throw new InvalidInputException(fromField, "must be on or before " + toField);
        }
        if (to.isAfter(today)) {
            throw new InvalidInputException(toField, "must not be in the future (the period ends on a past day or today)");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException(toField, "the period may cover at most " + MAX_DAYS + " days");
        }
        return new ReportPeriod(from, to);
    }

    OffsetDateTime fromInstant() {
        return start.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** Exclusive: the start of the day after the period's last day. */
    OffsetDateTime toInstant() {
        return end.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
