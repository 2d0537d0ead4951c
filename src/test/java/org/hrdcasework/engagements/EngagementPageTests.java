package org.hrdcasework.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrdcasework.FormPages.assertErrorPage;
import static org.hrdcasework.FormPages.assertFieldError;
import static org.hrdcasework.FormPages.redirectedTo;
import static org.hrdcasework.FormPages.submit;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.hrdcasework.Database;
import org.hrdcasework.FormPages;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.SessionClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Planning a visit or dialogue and the annual meeting from their form pages: the API's requests, rules and refusals. */
class EngagementPageTests extends ProcessTestSupport {

    @Autowired
    Clock clock;

    @Test
    void aVisitIsPlannedAsThroughTheApiAndConfirmedOnTheWorkspace() {
        SessionClient ambassador = SessionClient.signedIn(http, "ambassador.alpha");
        assertThat(ambassador.get("/").body()).contains("Plan a visit or dialogue", "Plan the annual meeting");
        assertThat(ambassador.get("/engagements/new").body()).contains("Political dialogue", "Special Representative", "Date")
                .doesNotContain(">POLITICAL_DIALOGUE<", "??");
        long before = engagements();
        String scheduledOn = LocalDate.now(clock).plusDays(40).toString();

        HttpResponse<String> planned = submit(ambassador, "/engagements/new", "mission", "mission-alpha", "kind", "VISIT",
                "visitorLevel", "MINISTER", "scheduledOn", scheduledOn);

        assertThat(redirectedTo(planned)).isEqualTo("/");
        assertThat(engagements()).isEqualTo(before + 1);
        String reference = jdbc.queryForObject("SELECT reference FROM casework.engagement WHERE mission_id = 'mission-alpha' "
                + "ORDER BY created_at DESC LIMIT 1", String.class);
        assertThat(jdbc.queryForMap("SELECT kind, visitor_level, scheduled_on::text AS scheduled_on, status "
                + "FROM casework.engagement WHERE reference = ?", reference))
                .containsEntry("kind", "VISIT").containsEntry("visitor_level", "MINISTER")
                .containsEntry("scheduled_on", scheduledOn).containsEntry("status", "PREPARING");
        assertThat(ambassador.get("/").body()).contains("Visit or dialogue " + reference + " planned.");
    }

    @Test
    void anInvalidVisitNamesTheFieldAndWritesNothing() {
        SessionClient ambassador = SessionClient.signedIn(http, "ambassador.alpha");
        long before = engagements();
        assertFieldError(submit(ambassador, "/engagements/new", "mission", "mission-alpha", "kind", "VISIT",
                "visitorLevel", "MINISTER", "scheduledOn", LocalDate.now(clock).minusDays(1).toString()),
                "scheduledOn", "Date must be a future date");
        assertFieldError(submit(ambassador, "/engagements/new", "mission", "mission-alpha", "kind", "",
                "visitorLevel", "MINISTER", "scheduledOn", "31/12/2030"), "scheduledOn", "Date must be a real date");
        HttpResponse<String> noKind = submit(ambassador, "/engagements/new", "mission", "mission-alpha", "kind", "",
                "visitorLevel", "MINISTER", "scheduledOn", "2030-12-31");
        assertFieldError(noKind, "kind", "Kind is required");
        assertThat(noKind.body()).contains("value=\"2030-12-31\"");
        assertThat(engagements()).isEqualTo(before);

        assertErrorPage(SessionClient.signedIn(http, "officer.alpha").get("/engagements/new"), 403);
        assertErrorPage(submit(ambassador, "/engagements/new", "mission", "mission-beta", "kind", "VISIT",
                "visitorLevel", "MINISTER", "scheduledOn", "2030-12-31"), 403);
        ambassador.get("/engagements/new");
        assertThat(ambassador.postForm("/engagements/new", FormPages.encode("mission", "mission-alpha", "kind", "VISIT",
                "visitorLevel", "MINISTER", "scheduledOn", "2030-12-31")).statusCode()).isEqualTo(403);
        assertThat(engagements()).isEqualTo(before);
    }

    @Test
    void anAnnualMeetingIsPlannedForAYearWithoutOneAndItsRulesAreTheApis() {
        SessionClient supervisor = SessionClient.signedIn(http, "supervisor.alpha");
        int thisYear = LocalDate.now(clock).getYear();
        int year = IntStream.rangeClosed(thisYear + 1, thisYear + 10)
                .filter(y -> new Database(jdbc).count("SELECT count(*) FROM casework.annual_meeting "
                        + "WHERE mission_id = 'mission-alpha' AND meeting_year = ?", y) == 0)
                .findFirst().orElseThrow();
        long before = meetings();

        assertFieldError(submit(supervisor, "/annual-meetings/new", "mission", "mission-alpha", "year", "next",
                "plannedOn", year + "-06-15"), "year", "Year must be a number");
        assertFieldError(submit(supervisor, "/annual-meetings/new", "mission", "mission-alpha", "year", Integer.toString(year),
                "plannedOn", (year + 1) + "-06-15"), "plannedOn", "Date of the meeting must be a date in " + year);
        assertThat(meetings()).isEqualTo(before);

        assertThat(redirectedTo(submit(supervisor, "/annual-meetings/new", "mission", "mission-alpha",
                "year", Integer.toString(year), "plannedOn", year + "-06-15"))).isEqualTo("/");
        assertThat(meetings()).isEqualTo(before + 1);
        // The same year again: a conflict shown on the form, nothing more written.
        HttpResponse<String> again = submit(supervisor, "/annual-meetings/new", "mission", "mission-alpha",
                "year", Integer.toString(year), "plannedOn", year + "-07-15");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("govuk-error-summary", "is already planned");
        assertThat(meetings()).isEqualTo(before + 1);
        assertErrorPage(SessionClient.signedIn(http, "officer.alpha").get("/annual-meetings/new"), 403);
    }

    private long engagements() {
        return new Database(jdbc).count("SELECT count(*) FROM casework.engagement");
    }

    private long meetings() {
        return new Database(jdbc).count("SELECT count(*) FROM casework.annual_meeting");
    }
}
