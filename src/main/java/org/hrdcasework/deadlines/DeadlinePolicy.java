package org.hrdcasework.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns the escalation policy's durations (processes/EscalationPolicy.dmn) into instants:
 * counted from the task's creation or from the hearing date, in clock time or in working days
 * (weekends and {@code hrd.escalation.holidays} skipped).
 */
@Component
public class DeadlinePolicy {

    /** What the policy table says for one waiting task. */
    public record Rule(String anchor, String level1, String level2, String level3, boolean workingDays) {
    }

    /** The three escalation instants; level 1 is also the task's due date. */
    public record Deadlines(Instant level1, Instant level2, Instant level3) {

        public Instant level(int level) {
            return switch (level) {
                case 1 -> level1;
                case 2 -> level2;
                case 3 -> level3;
                default -> throw new IllegalArgumentException("level " + level);
            };
        }
    }

    private final WorkingDays workingDays;

    public DeadlinePolicy(@Value("${hrd.escalation.holidays:}") List<String> holidays) {
        Set<LocalDate> dates = holidays.stream().filter(h -> !h.isBlank()).map(String::trim).map(LocalDate::parse)
                .collect(Collectors.toSet());
        this.workingDays = new WorkingDays(dates);
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    /** The instants for {@code rule}; HEARING rules without a hearing date fall back to the creation time. */
    public Deadlines deadlines(Rule rule, Instant createdAt, LocalDate hearingDate) {
        boolean fromHearing = "HEARING".equals(rule.anchor()) && hearingDate != null;
        return new Deadlines(at(rule.level1(), rule.workingDays(), createdAt, fromHearing ? hearingDate : null),
                at(rule.level2(), rule.workingDays(), createdAt, fromHearing ? hearingDate : null),
                at(rule.level3(), rule.workingDays(), createdAt, fromHearing ? hearingDate : null));
    }

    private Instant at(String isoDuration, boolean inWorkingDays, Instant createdAt, LocalDate hearingDate) {
        Duration duration = Duration.parse(isoDuration);
        if (hearingDate != null) {
            long days = duration.toDays();
            LocalDate day = inWorkingDays ? workingDays.add(hearingDate, (int) days) : hearingDate.plusDays(days);
            return day.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (inWorkingDays && duration.toHours() % 24 == 0) {
            LocalDate day = workingDays.add(createdAt.atOffset(ZoneOffset.UTC).toLocalDate(), (int) duration.toDays());
            return day.atTime(createdAt.atOffset(ZoneOffset.UTC).toLocalTime()).toInstant(ZoneOffset.UTC);
        }
        return createdAt.plus(duration);
    }
}
