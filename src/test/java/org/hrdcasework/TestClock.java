package org.hrdcasework;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in the tests: the real UTC time unless a test fixes it, so that a test
 * about "today" does not depend on the hour it runs at. A test that fixes it resets it.
 */
public final class TestClock extends Clock {

    private volatile Instant fixed;

    /** Holds the application's time at this instant until {@link #reset()}. */
    public void fixAt(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same time, fixed or not, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock time = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return time.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return time.withZone(other);
            }
        };
    }
}
