package org.hrdcasework.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.Database;
import org.hrdcasework.duties.DutyReferences;
import org.hrdcasework.system.engine.Cadences;
import org.hrdcasework.system.engine.ProcessVariables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/AnnualDefenderMeeting.bpmn: list, review, consent per defender, invitations, the
 * meeting's record, next year's list; stopped by message, or ended when next year is taken.
 * Each test uses its own years: there is one meeting per mission and year.
 */
class AnnualDefenderMeetingProcessTests extends EngagementTestSupport {

    /** Years from now, so that the tests stay in the window of plannable years. */
    private static final int Y = LocalDate.now(ZoneOffset.UTC).getYear();

    private static final String LIST_CANARY = "canary-invitation-list-notes-e2d9";
    private static final String RECORD_CANARY = "canary-annual-meeting-record-61fa";

    @Autowired
    Cadences cadences;

    @Test
    void onlyConsentingDefendersAreInvitedAndTheNextYearsListFollows() {
        String open = verifiedAlphaCase("Annual Open Person");
        String declining = verifiedAlphaCase("Annual Declining Person");
        String recentlyClosed = closedVerifiedAlphaCase("Annual Recently Closed Person");
        String longClosed = closedVerifiedAlphaCase("Annual Long Closed Person");
        String unverified = fileCase("officer.alpha", "mission-alpha", "Annual Unverified Person", "+000 555 0404", "SURVEILLANCE");
        String rejected = closedAlphaCase("Annual Rejected Person");
        jdbc.update("UPDATE casework.case_file SET closed_at = now() - interval '13 months' WHERE reference = ?", longClosed);
        String beta = fileCase("officer.beta", "mission-beta", "Annual Beta Person", "+000 555 0403", "SURVEILLANCE");

        String reference = planMeeting("supervisor.alpha", Y + 2, (Y + 2) + "-03-10");
        assertThat(reference).matches("ALPHA-MTG-\\d{4}");
        ProcessInstance series = instance(reference, EngagementProcesses.ANNUAL_DEFENDER_MEETING);
        assertThat(series).hasPassed(EngagementProcesses.TASK_BUILD_LIST).isWaitingAt(EngagementProcesses.TASK_REVIEW_LIST);
        assertThat(series).task().hasCandidateGroup("supervisors");

        // The list: defenders of verified cases, open or closed within 12 months, of Alpha only; never a report
        // still unverified or found not to be about a defender.
        List<String> listed = invitedCodeNames(reference);
        assertThat(listed).contains(codeName(open), codeName(declining), codeName(recentlyClosed))
                .doesNotContain(codeName(longClosed), codeName(beta), codeName(unverified), codeName(rejected));
        assertThat(meetingRow(reference)).containsEntry("status", "INVITING").containsEntry("meeting_year", Y + 2);

        complete(series.getId(), EngagementProcesses.TASK_REVIEW_LIST, "supervisor.alpha",
                Map.of("listChecked", true, "sensitive_listNotes", LIST_CANARY));
        List<Task> asks = tasks(series.getId(), EngagementProcesses.TASK_ASK_CONSENT);
        assertThat(asks).hasSize(listed.size());
        for (Task ask : asks) {
            assertThat(Duration.between(ask.getCreateTime().toInstant(), ask.getDueDate().toInstant())).isEqualTo(Duration.ofDays(7));
            String codeName = (String) runtimeService.getVariableLocal(ask.getExecutionId(), EngagementProcesses.DEFENDER_CODE_NAME);
            boolean yes = codeName.equals(codeName(open)) || codeName.equals(codeName(recentlyClosed));
            complete(ask, "officer.alpha", yes ? Map.of("consentToInvite", "YES", "preferredChannel", "SECURE_CALL")
                    : Map.of("consentToInvite", "NO"));
        }
        assertThat(series).isWaitingAt(EngagementProcesses.TASK_SEND_INVITATIONS);
        assertThat(series).task().hasCandidateGroup("case-officers");
        // The answers stayed with their instances: none reached the process scope.
        assertThat(runtimeService.getVariable(series.getId(), EngagementProcesses.CONSENT_TO_INVITE)).isNull();
        assertThat(invitation(reference, open)).containsEntry("consent", "CONSENTED").containsEntry("preferred_channel", "SECURE_CALL")
                .containsEntry("invited", false);
        assertThat(invitation(reference, declining)).containsEntry("consent", "DECLINED");

        complete(series.getId(), EngagementProcesses.TASK_SEND_INVITATIONS, "officer.alpha", Map.of("invitationsSentOn", (Y + 2) + "-02-01"));
        assertThat(series).hasPassed(EngagementProcesses.TASK_MARK_INVITED).isWaitingAt(EngagementProcesses.TIMER_DAY_AFTER_MEETING);
        assertThat(invitation(reference, open)).containsEntry("invited", true);
        assertThat(invitation(reference, recentlyClosed)).containsEntry("invited", true);
        assertThat(invitation(reference, declining)).containsEntry("invited", false);
        assertThat(meetingRow(reference)).containsEntry("status", "INVITED");
        assertThat(timer(series.getId()).getDuedate().toInstant())
                .isEqualTo(LocalDate.of(Y + 2, 3, 11).atStartOfDay().toInstant(ZoneOffset.UTC));
        managementService.executeJob(timer(series.getId()).getId());

        assertThat(series).isWaitingAt(EngagementProcesses.TASK_RECORD_MEETING);
        assertThat(series).task().hasCandidateGroup("senior-officials");
        String openInvitation = invitation(reference, open).get("id").toString();
        assertThat(runtimeService.getVariable(series.getId(), EngagementProcesses.INVITEE_OPTIONS).toString())
                .contains(openInvitation).contains(codeName(open)).doesNotContain("Annual Open Person");
        complete(series.getId(), EngagementProcesses.TASK_RECORD_MEETING, "ambassador.alpha", Map.of("attendeeCount", 1,
                "attendedDefenders", List.of(openInvitation), "sensitive_meetingRecord", RECORD_CANARY));

        assertThat(series).hasPassed(EngagementProcesses.TASK_CLOSE_MEETING_YEAR)
                .isWaitingAt(EngagementProcesses.TIMER_NEXT_PLANNING_DATE);
        assertThat(meetingRow(reference)).containsEntry("status", "HELD").containsEntry("attendees", 1);
        assertThat(invitation(reference, open)).containsEntry("attended", true);
        assertThat(invitation(reference, recentlyClosed)).containsEntry("attended", false);
        // Seen with diplomats: a reprisal watch on the attending defender's open case.
        assertThat(jdbc.queryForList("SELECT w.engagement_kind FROM casework.reprisal_watch w JOIN casework.case_file c"
                + " ON c.id = w.case_id WHERE c.reference = ?", String.class, open)).containsExactly("ANNUAL_MEETING");
        // 10 March next year less 60 days.
        assertThat(timer(series.getId()).getDuedate().toInstant())
                .isEqualTo(LocalDate.of(Y + 3, 3, 10).minusDays(60).atStartOfDay().toInstant(ZoneOffset.UTC));
        managementService.executeJob(timer(series.getId()).getId());

        // Next year: a new meeting with its own reference and a fresh list; the held one stays as it was.
        assertThat(series).hasPassed(EngagementProcesses.TASK_PLAN_NEXT_YEAR).isWaitingAt(EngagementProcesses.TASK_REVIEW_LIST);
        String next = (String) runtimeService.getVariable(series.getId(), ProcessVariables.DUTY_REFERENCE);
        assertThat(next).isNotEqualTo(reference).matches("ALPHA-MTG-\\d{4}");
        assertThat(meetingRow(next)).containsEntry("meeting_year", Y + 3).containsEntry("status", "INVITING")
                .containsEntry("planned_on", java.sql.Date.valueOf((Y + 3) + "-03-10"));
        assertThat(invitedCodeNames(next)).contains(codeName(open));
        assertThat(runtimeService.getVariable(series.getId(), EngagementProcesses.MEETING_YEAR)).isEqualTo(Y + 3);

        // Stopped through the API (any meeting of the series names it).
        assertThat(http.postJson("/api/annual-meetings/" + next + "/stop", "officer.alpha", "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> stopped = http.postJson("/api/annual-meetings/" + reference + "/stop", "supervisor.alpha", "{}");
        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(202);
        assertThat(series).hasPassed(EngagementProcesses.TASK_STOP_MEETINGS, EngagementProcesses.END_MEETINGS_STOPPED).isEnded();
        assertThat(meetingRow(next)).containsEntry("status", "STOPPED");
        assertThat(meetingRow(reference)).containsEntry("status", "HELD");
        assertThat(http.postJson("/api/annual-meetings/" + next + "/stop", "supervisor.alpha", "{}").statusCode()).isEqualTo(409);

        // Free text encrypted only, readable by the mission's staff.
        assertThat(new Database(jdbc).plaintextHits(List.of(LIST_CANARY, RECORD_CANARY))).isEmpty();
        HttpResponse<String> records = http.get("/api/annual-meetings/" + reference + "/records", "supervisor.alpha");
        assertThat(records.statusCode()).isEqualTo(200);
        assertThat(records.body()).contains(LIST_CANARY, RECORD_CANARY);
        HttpResponse<String> meeting = http.get("/api/annual-meetings/" + reference, "officer.alpha");
        assertThat(meeting.body()).contains(codeName(open)).doesNotContain("Annual Open Person").doesNotContain("+000 555 0401");
    }

    @Test
    void theSeriesEndsWhenNextYearsMeetingIsAlreadyPlanned() {
        String reference = planMeeting("ambassador.alpha", Y + 4, (Y + 4) + "-06-15");
        String other = planMeeting("supervisor.alpha", Y + 5, (Y + 5) + "-06-20");
        ProcessInstance series = instance(reference, EngagementProcesses.ANNUAL_DEFENDER_MEETING);

        complete(series.getId(), EngagementProcesses.TASK_REVIEW_LIST, "supervisor.alpha", Map.of("listChecked", true));
        for (Task ask : tasks(series.getId(), EngagementProcesses.TASK_ASK_CONSENT)) {
            complete(ask, "officer.alpha", Map.of("consentToInvite", "NO"));
        }
        complete(series.getId(), EngagementProcesses.TASK_SEND_INVITATIONS, "officer.alpha", Map.of("invitationsSentOn", (Y + 4) + "-05-01"));
        managementService.executeJob(timer(series.getId()).getId());
        complete(series.getId(), EngagementProcesses.TASK_RECORD_MEETING, "ambassador.alpha", Map.of("attendeeCount", 0));
        managementService.executeJob(timer(series.getId()).getId());

        assertThat(series).hasPassed(EngagementProcesses.TASK_PLAN_NEXT_YEAR, EngagementProcesses.END_NEXT_YEAR_TAKEN).isEnded();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.annual_meeting WHERE mission_id = 'mission-alpha' "
                + "AND meeting_year = ?", Long.class, Y + 5)).isOne();
        assertThat(meetingRow(reference)).containsEntry("status", "HELD").containsEntry("attendees", 0);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.meeting_invitation i JOIN casework.annual_meeting m "
                + "ON m.id = i.meeting_id WHERE m.reference = ? AND i.invited", Long.class, reference)).isZero();
        http.postJson("/api/annual-meetings/" + other + "/stop", "supervisor.alpha", "{}");
    }

    @Test
    void nextYearsPlanningDateIsTheDesignersTableAndARedeployedTableAppliesToTheNextDate() throws Exception {
        assertThat(cadences.days(Cadences.MEETING_PLANNING, null)).isEqualTo(60);
        String table = Files.readString(Path.of("processes/Cadences.dmn"));
        String earlier = table.replace("<outputEntry id=\"Out_MeetingPlanning\"><text>60</text></outputEntry>",
                "<outputEntry id=\"Out_MeetingPlanning\"><text>90</text></outputEntry>");
        assertThat(earlier).isNotEqualTo(table);
        String reference = planMeeting("supervisor.alpha", Y + 8, (Y + 8) + "-05-20");
        ProcessInstance series = instance(reference, EngagementProcesses.ANNUAL_DEFENDER_MEETING);
        complete(series.getId(), EngagementProcesses.TASK_REVIEW_LIST, "supervisor.alpha", Map.of("listChecked", true));
        for (Task ask : tasks(series.getId(), EngagementProcesses.TASK_ASK_CONSENT)) {
            complete(ask, "officer.alpha", Map.of("consentToInvite", "NO"));
        }
        complete(series.getId(), EngagementProcesses.TASK_SEND_INVITATIONS, "officer.alpha", Map.of("invitationsSentOn", (Y + 8) + "-04-01"));
        managementService.executeJob(timer(series.getId()).getId());
        try {
            // A designer deploys the changed table as Camunda Modeler does, through the engine REST, while the
            // series waits for its meeting to be recorded: the date computed from then on uses it.
            HttpResponse<String> deployed = http.deploy("designer", "Cadences.dmn", earlier);
            assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
            cadences.forget(); // a deployment applies within a minute; the test does not wait for it

            complete(series.getId(), EngagementProcesses.TASK_RECORD_MEETING, "ambassador.alpha", Map.of("attendeeCount", 0));

            assertThat(series).isWaitingAt(EngagementProcesses.TIMER_NEXT_PLANNING_DATE);
            assertThat(timer(series.getId()).getDuedate().toInstant())
                    .isEqualTo(LocalDate.of(Y + 9, 5, 20).minusDays(90).atStartOfDay().toInstant(ZoneOffset.UTC));
        } finally {
            assertThat(http.deploy("designer", "Cadences.dmn", table).statusCode()).isEqualTo(200);
            cadences.forget();
        }
        assertThat(cadences.days(Cadences.MEETING_PLANNING, null)).isEqualTo(60);
        assertThat(http.postJson("/api/annual-meetings/" + reference + "/stop", "supervisor.alpha", "{}").statusCode()).isEqualTo(202);
    }

    @Test
    void oneMeetingPerMissionAndYearAndBadRequestsNameTheField() {
        String reference = planMeeting("supervisor.alpha", Y + 6, (Y + 6) + "-09-01");
        long before = meetingCount();

        int free = Y + 7;
        assertPlanRejected(409, "ambassador.alpha", body("mission-alpha", Y + 6, (Y + 6) + "-10-01"), null);
        assertPlanRejected(400, "supervisor.alpha", body("mission-alpha", free, (free + 1) + "-01-10"), "plannedOn");
        assertPlanRejected(400, "supervisor.alpha", body("mission-alpha", Y - 5, (Y - 5) + "-01-10"), "year");
        assertPlanRejected(400, "supervisor.alpha", body("mission-alpha", Y + 30, (Y + 30) + "-01-10"), "year");
        assertPlanRejected(400, "supervisor.alpha", "{\"mission\": \"mission-alpha\", \"plannedOn\": \"" + free + "-01-10\"}", "year");
        assertPlanRejected(400, "supervisor.alpha", body("mission-alpha", free, free + "-02-30"), "plannedOn");
        assertPlanRejected(403, "officer.alpha", body("mission-alpha", free, free + "-01-10"), "mission");
        assertPlanRejected(403, "supervisor.alpha", body("mission-beta", free, free + "-01-10"), "mission");
        assertThat(meetingCount()).isEqualTo(before);

        // Mission isolation: Beta sees neither the meeting nor its tasks.
        assertThat(http.get("/api/annual-meetings/" + reference, "officer.beta").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/annual-meetings/" + reference + "/records", "officer.beta").statusCode()).isEqualTo(404);
        assertThat(http.postJson("/api/annual-meetings/" + reference + "/stop", "officer.beta", "{}").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/annual-meetings/" + reference, "designer").statusCode()).isEqualTo(403);
        ProcessInstance series = instance(reference, EngagementProcesses.ANNUAL_DEFENDER_MEETING);
        identityService.setAuthentication("officer.beta", List.of("case-officers"), List.of("mission-beta"));
        try {
            assertThat(taskService.createTaskQuery().processInstanceId(series.getId()).count()).isZero();
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(http.postJson("/api/annual-meetings/" + reference + "/stop", "ambassador.alpha", "{}").statusCode()).isEqualTo(202);
        assertThat(meetingRow(reference)).containsEntry("status", "STOPPED");
    }

    private String planMeeting(String user, int year, String plannedOn) {
        HttpResponse<String> response = http.postJson("/api/annual-meetings", user,
                "{\"mission\": \"mission-alpha\", \"year\": %d, \"plannedOn\": \"%s\"}".formatted(year, plannedOn));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("reference").asText();
    }

    private static String body(String mission, int year, String plannedOn) {
        return "{\"mission\": \"%s\", \"year\": %d, \"plannedOn\": \"%s\"}".formatted(mission, year, plannedOn);
    }

    private void assertPlanRejected(int status, String user, String body, String field) {
        HttpResponse<String> response = http.postJson("/api/annual-meetings", user, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (field != null) {
            assertThat(errorFields(response)).as(response.body()).contains(field);
        }
    }

    private long meetingCount() {
        return jdbc.queryForObject("SELECT count(*) FROM casework.annual_meeting", Long.class);
    }

    private Map<String, Object> meetingRow(String reference) {
        return jdbc.queryForMap("SELECT status, meeting_year, planned_on, attendees FROM casework.annual_meeting "
                + "WHERE reference = ?", reference);
    }

    private List<String> invitedCodeNames(String reference) {
        return json(http.get("/api/annual-meetings/" + reference, "supervisor.alpha")).path("invitations")
                .findValuesAsText("defender");
    }

    private Map<String, Object> invitation(String meetingReference, String caseReference) {
        return jdbc.queryForMap("SELECT i.id, i.consent, i.preferred_channel, i.invited, i.attended "
                + "FROM casework.meeting_invitation i JOIN casework.annual_meeting m ON m.id = i.meeting_id "
                + "JOIN casework.case_file c ON c.defender_id = i.defender_id WHERE m.reference = ? AND c.reference = ?",
                meetingReference, caseReference);
    }

    private String codeName(String reference) {
        return jdbc.queryForObject("SELECT d.code_name FROM casework.defender d JOIN casework.case_file c "
                + "ON c.defender_id = d.id WHERE c.reference = ?", String.class, reference);
    }
}
