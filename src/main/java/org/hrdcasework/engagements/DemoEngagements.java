package org.hrdcasework.engagements;

import java.time.Clock;
import java.time.LocalDate;
import org.hrdcasework.cases.DemoCasesSeeded;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile: a minister's visit in two weeks (its briefing pack waits for review) and the
 * year's defenders-diplomats meeting (its invitation list waits for review), planned by the
 * demo mission's senior official.
 */
@Component
@Profile("demo")
class DemoEngagements {

    private static final Logger log = LoggerFactory.getLogger(DemoEngagements.class);

    private final EngagementService engagements;
    private final AnnualMeetingService meetings;
    private final Clock clock;

    DemoEngagements(EngagementService engagements, AnnualMeetingService meetings, Clock clock) {
        this.engagements = engagements;
        this.meetings = meetings;
        this.clock = clock;
    }

    @EventListener
    void onDemoCases(DemoCasesSeeded seeded) {
        if (!seeded.hasEveryRole()) {
            return;
        }
        Caller ambassador = seeded.as("ambassador", Roles.SENIOR_OFFICIALS);
        LocalDate today = LocalDate.now(clock);
        engagements.plan(ambassador, new EngagementService.EngagementRequest(seeded.mission(), EngagementKind.VISIT,
                VisitorLevel.MINISTER, today.plusDays(14)));
        LocalDate meeting = LocalDate.of(today.getYear(), 12, 10);
        if (!meeting.isAfter(today)) {
            meeting = LocalDate.of(today.getYear() + 1, 3, 10);
        }
        try {
            meetings.plan(ambassador, new AnnualMeetingService.MeetingRequest(seeded.mission(), meeting.getYear(), meeting));
        } catch (ConflictException e) {
            log.info("Demo profile: the {} meeting of {} is already planned", meeting.getYear(), seeded.mission());
        }
    }
}
