package org.hrdcasework.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hrdcasework.cases.DemoCasesSeeded;
import org.hrdcasework.identity.Roles;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Demo profile: the report of the month so far, waiting for the supervisor's review. */
@Component
@Profile("demo")
class DemoReports {

    private final MissionReports reports;
    private final Clock clock;

    DemoReports(MissionReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @EventListener
    void onDemoCases(DemoCasesSeeded seeded) {
        if (seeded.hasEveryRole()) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            reports.requestOnDemand(seeded.as("supervisor", Roles.SUPERVISORS), seeded.mission(), today.withDayOfMonth(1), today);
        }
    }
}
