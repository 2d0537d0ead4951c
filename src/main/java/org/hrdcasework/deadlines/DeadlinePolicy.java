package org.hrdcasework.deadlines;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * When each waiting state of a case is due, by urgency tier (defaults from the domain brief:
 * tier 1 acknowledge within 2 h, assess within 24 h, act within 48 h; tier 2 contact within
 * 72 h, plan within 7 days; trials: observer 5 working days before the hearing, report 5 working
 * days after; demarche reply chased at 30 days). Before the first risk assessment the tier is
 * provisional, from the threat type.
 */
@Component
public class DeadlinePolicy {

    private static final Set<String> PROVISIONAL_TIER_ONE = Set.of("ARREST", "ABDUCTION", "DEATH_THREAT", "PHYSICAL_ATTACK");

    /** Facts a deadline can depend on; any may be null. */
    public record Facts(Integer urgencyTier, String threatType, LocalDate hearingDate) {
    }

    public Instant dueAt(String taskKey, Facts facts, Instant now) {
        int tier = tier(facts);
        return switch (taskKey) {
            case "Task_VerifyReport" -> now.plus(byTier(tier, Duration.ofHours(2), Duration.ofHours(24), Duration.ofHours(72)));
            case "Task_AssessRisk", "Task_ReassessRisk" ->
                    now.plus(byTier(tier, Duration.ofHours(24), Duration.ofHours(72), Duration.ofDays(7)));
            case "Task_RecordConsent", "Task_PlanActions" ->
                    now.plus(byTier(tier, Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(14)));
            case "Task_RecordReply" -> now.plus(Duration.ofDays(30));
            case "Task_AssignObserver" -> facts.hearingDate() == null ? defaultDue(tier, now)
                    : startOfDay(WorkingDays.minus(facts.hearingDate(), 5));
            case "Task_ObserveHearing" -> facts.hearingDate() == null ? defaultDue(tier, now)
                    : startOfDay(facts.hearingDate().plusDays(1));
            case "Task_WriteTrialReport" -> facts.hearingDate() == null ? defaultDue(tier, now)
                    : startOfDay(WorkingDays.plus(facts.hearingDate(), 5).plusDays(1));
            default -> defaultDue(tier, now);
        };
    }

    static int tier(Facts facts) {
        if (facts.urgencyTier() != null) {
            return facts.urgencyTier();
        }
        return facts.threatType() != null && PROVISIONAL_TIER_ONE.contains(facts.threatType()) ? 1 : 2;
    }

    private static Instant defaultDue(int tier, Instant now) {
        return now.plus(byTier(tier, Duration.ofHours(48), Duration.ofDays(7), Duration.ofDays(14)));
    }

    private static Duration byTier(int tier, Duration one, Duration two, Duration three) {
        return switch (tier) {
            case 1 -> one;
            case 2 -> two;
            default -> three;
        };
    }

    private static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Monday to Friday; public holidays come with the escalation policy. */
    static final class WorkingDays {

        private WorkingDays() {
        }

        static LocalDate plus(LocalDate from, int days) {
            LocalDate date = from;
            int left = days;
            while (left > 0) {
                date = date.plusDays(1);
                if (isWorkingDay(date)) {
                    left--;
                }
            }
            return date;
        }

        static LocalDate minus(LocalDate from, int days) {
            LocalDate date = from;
            int left = days;
            while (left > 0) {
                date = date.minusDays(1);
                if (isWorkingDay(date)) {
                    left--;
                }
            }
            return date;
        }

        private static boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
    }
}
