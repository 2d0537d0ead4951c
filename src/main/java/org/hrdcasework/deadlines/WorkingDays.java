package org.hrdcasework.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working-day arithmetic: Monday to Friday, minus a holiday list. Camunda has no business calendar. */
public final class WorkingDays {

    private final Set<LocalDate> holidays;

    public WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    /** {@code days} working days after {@code from} (before it when negative); {@code from} itself never counts. */
    public LocalDate add(LocalDate from, int days) {
        LocalDate date = from;
        int step = days >= 0 ? 1 : -1;
        int left = Math.abs(days);
        while (left > 0) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }
}
