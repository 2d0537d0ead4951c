package org.hrdcasework.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTests {

    private final WorkingDays workingDays = new WorkingDays(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));

    @Test
    void weekendsAreSkippedForwardAndBackward() {
        LocalDate thursday = LocalDate.of(2026, 12, 10);
        assertThat(workingDays.add(thursday, 5)).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(workingDays.add(thursday, -5)).isEqualTo(LocalDate.of(2026, 12, 3));
        LocalDate friday = LocalDate.of(2026, 12, 11);
        assertThat(workingDays.add(friday, 1)).isEqualTo(LocalDate.of(2026, 12, 14));
        LocalDate monday = LocalDate.of(2026, 12, 14);
        assertThat(workingDays.add(monday, -1)).isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void holidaysAreSkipped() {
        LocalDate tuesday = LocalDate.of(2026, 12, 22);
        // 23, 24, (25 holiday), (26-27 weekend), 28, 29
        assertThat(workingDays.add(tuesday, 4)).isEqualTo(LocalDate.of(2026, 12, 29));
        // 30, 31, (1 Jan holiday), (2-3 weekend), 4
        assertThat(workingDays.add(LocalDate.of(2026, 12, 29), 3)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 28))).isTrue();
    }

    @Test
    void zeroDaysIsTheSameDay() {
        assertThat(workingDays.add(LocalDate.of(2026, 12, 26), 0)).isEqualTo(LocalDate.of(2026, 12, 26));
    }

    @Test
    void policyDeadlinesCountFromTheHearingInWorkingDaysOrFromCreationInClockTime() {
        DeadlinePolicy policy = new DeadlinePolicy(List.of("2026-12-25"));
        DeadlinePolicy.Deadlines trial = policy.deadlines(new DeadlinePolicy.Rule("HEARING", "-P5D", "-P3D", "-P1D", true),
                Instant.parse("2026-11-26T10:00:00Z"), LocalDate.of(2026, 12, 28));
        // Monday 28 Dec: 5 working days before skips the 25th and the weekend.
        assertThat(trial.level1()).isEqualTo(Instant.parse("2026-12-18T00:00:00Z"));
        assertThat(trial.level3()).isEqualTo(Instant.parse("2026-12-24T00:00:00Z"));
        DeadlinePolicy.Deadlines verify = policy.deadlines(new DeadlinePolicy.Rule("CREATED", "PT2H", "PT6H", "PT24H", false),
                Instant.parse("2026-11-27T23:00:00Z"), null);
        assertThat(verify.level1()).isEqualTo(Instant.parse("2026-11-28T01:00:00Z"));
        assertThat(verify.level3()).isEqualTo(Instant.parse("2026-11-28T23:00:00Z"));
    }
}
