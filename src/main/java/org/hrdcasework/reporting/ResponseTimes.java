package org.hrdcasework.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Response-time figures of one task kind: count, median and maximum hours, deadlines met or missed. */
record ResponseTimes(long completed, BigDecimal medianHours, BigDecimal maxHours, long metDeadline, long late,
                     long withoutDeadline) {

    static ResponseTimes of(List<CompletedTask> tasks) {
        List<Double> hours = tasks.stream().map(CompletedTask::hours).sorted().toList();
        long met = tasks.stream().filter(t -> Boolean.TRUE.equals(t.metDeadline())).count();
        long late = tasks.stream().filter(t -> Boolean.FALSE.equals(t.metDeadline())).count();
        if (hours.isEmpty()) {
            return new ResponseTimes(0, null, null, 0, 0, 0);
        }
        int n = hours.size();
        double median = n % 2 == 1 ? hours.get(n / 2) : (hours.get(n / 2 - 1) + hours.get(n / 2)) / 2;
        return new ResponseTimes(n, round(median), round(hours.get(n - 1)), met, late, n - met - late);
    }

    /** Hours to one decimal place. */
    private static BigDecimal round(double hours) {
        return BigDecimal.valueOf(hours).setScale(1, RoundingMode.HALF_UP);
    }
}
