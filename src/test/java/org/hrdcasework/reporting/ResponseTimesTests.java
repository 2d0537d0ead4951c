package org.hrdcasework.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.junit.jupiter.api.Test;

/** The response-time figures: median, maximum, deadlines met and missed. */
class ResponseTimesTests {

    @Test
    void anOddNumberOfTasksHasTheMiddleOneAsMedian() {
        ResponseTimes times = ResponseTimes.of(List.of(task(5.0, true), task(1.25, true), task(30.0, false)));
        assertThat(times.completed()).isEqualTo(3);
        assertThat(times.medianHours()).isEqualTo(new BigDecimal("5.0"));
        assertThat(times.maxHours()).isEqualTo(new BigDecimal("30.0"));
        assertThat(times.metDeadline()).isEqualTo(2);
        assertThat(times.late()).isEqualTo(1);
        assertThat(times.withoutDeadline()).isZero();
    }

    @Test
    void anEvenNumberOfTasksHasTheMeanOfTheMiddleTwoAsMedian() {
        ResponseTimes times = ResponseTimes.of(List.of(task(2.0, true), task(4.5, null), task(1.0, true), task(10.0, false)));
        assertThat(times.medianHours()).isEqualTo(new BigDecimal("3.3")); // (2.0 + 4.5) / 2 = 3.25, half up
        assertThat(times.maxHours()).isEqualTo(new BigDecimal("10.0"));
        assertThat(times.withoutDeadline()).isOne();
    }

    @Test
    void noTasksHaveNoMedian() {
        ResponseTimes times = ResponseTimes.of(List.of());
        assertThat(times.completed()).isZero();
        assertThat(times.medianHours()).isNull();
        assertThat(times.maxHours()).isNull();
    }

    private static CompletedTask task(double hours, Boolean met) {
        return new CompletedTask(CaseOfConcernProcess.TASK_VERIFY_REPORT, hours, met);
    }
}
