package org.hrdcasework.system.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The demo profile is active while an external database is configured: the app does not start. */
public class DemoProfileOnExternalDatabaseException extends IllegalStateException {

    static final String MESSAGE = "The demo profile creates users with a known password and cannot run on an "
            + "external database (spring.datasource.url is set); remove 'demo' from spring.profiles.active";

    DemoProfileOnExternalDatabaseException() {
        super(MESSAGE);
    }

    /** Prints the reason and the remedy instead of a stack trace. */
    public static class Analyzer extends AbstractFailureAnalyzer<DemoProfileOnExternalDatabaseException> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, DemoProfileOnExternalDatabaseException cause) {
            return new FailureAnalysis(MESSAGE,
                    "Remove 'demo' from spring.profiles.active (SPRING_PROFILES_ACTIVE), or unset "
                            + "spring.datasource.url (SPRING_DATASOURCE_URL) to try the demo on the embedded database.",
                    cause);
        }
    }
}
