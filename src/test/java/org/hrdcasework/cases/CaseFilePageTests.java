package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.SessionClient;
import org.hrdcasework.ThreatReports;
import org.junit.jupiter.api.Test;

/**
 * The case file page over HTTP as a signed-in browser sees it: summary, timeline and open tasks in
 * words, mission isolation, the defender by code name only, and the audited reveal form; and the
 * timeline as JSON.
 */
class CaseFilePageTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void thePageShowsTheSummaryTheTimelineAndTheOpenTasksInWords() {
        String reference = driver.caseWithActions(CaseDriver.consent("QUIET", "DEMARCHE"), "DEMARCHE").getBusinessKey();
        Task openTask = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).list().get(0);

        HttpResponse<String> page = SessionClient.signedIn(http, "officer.alpha").get("/cases/" + reference);

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains(reference, codeName(reference), "Arrest or detention", "Tier 1 (most urgent)")
                .contains(stageWords(reference))
                .contains("Threat report filed: Arrest or detention, Through the liaison officer")
                .contains("Report verified: Verified")
                .contains("Risk assessed: Tier 1 (most urgent)")
                .contains("Consent given for Demarche to the authorities: before the host state")
                .contains("Consent given for Demarche to the authorities: before partner missions")
                .contains("Action started: Demarche to the authorities")
                .contains("Task completed: Verify report")
                .contains("Task completed: Assess risk with the defender")
                .contains("/camunda/app/tasklist/default/#/?task=" + openTask.getId())
                .contains(openTask.getName())
                .contains("Not claimed: Case officers")
                .contains("the latest 200 entries")
                .contains("href=\"/cases/" + reference + "/reports/new\"")
                .contains("href=\"/situation-changes/new?case=" + reference + "\"")
                .contains("href=\"/consent-withdrawals/new?case=" + reference + "\"")
                .contains("href=\"/support-applications/new?case=" + reference + "\"")
                .contains("href=\"/shares/new?case=" + reference + "\"")
                .contains("href=\"/un-referrals/new?case=" + reference + "\"");
        // Codes never reach the reader.
        assertThat(body).doesNotContain("LIAISON_OFFICER", "REPORT_FILED", "RISK_ASSESSED", "QUIET", "DEMARCHE",
                "IN_PROGRESS", "ACTION_PLANNING", "case-officers", "??");
        // Newest first: the report that opened the case is the last entry, the verification before it.
        assertThat(body.indexOf("Report verified: Verified")).isLessThan(body.indexOf("Threat report filed:"));
        assertThat(body.indexOf("Action started:")).isLessThan(body.indexOf("Report verified: Verified"));
        // Day-first dates, e.g. 5 Dec 2026 14:03.
        assertThat(body).containsPattern(">\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}<");
    }

    @Test
    void beforeTheFirstActionThePageShowsTheCaseClockFromTheIncidentAndAfterItNoLonger() {
        // An arrest of 1 Nov 2026 (CaseDriver): tier 1, first action due 24 h after the incident's day began.
        String reference = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");

        String before = officer.get("/cases/" + reference).body();
        assertThat(before).contains("Case clock (from the incident)").contains("First action due by 2 Nov 2026 00:00")
                .contains("if none by then, Level 2 (senior officials) on 1 Nov 2026 00:00");
        assertThat(before.substring(before.indexOf("summary-case-clock"))).contains("Overdue");

        driver.complete(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                Map.of("isDefender", "YES", "linkedToHumanRightsWork", "YES"));
        driver.complete(reference, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha",
                CaseDriver.assessment("HIGH", "HIGH", "LOW", "AT_LIBERTY"));
        driver.complete(reference, CaseOfConcernProcess.TASK_RECORD_CONSENT, "officer.alpha", CaseDriver.consent("QUIET", "DEMARCHE"));
        driver.complete(reference, CaseOfConcernProcess.TASK_PLAN_ACTIONS, "officer.alpha", Map.of("plannedActionTypes", List.of("DEMARCHE")));
        assertThat(officer.get("/cases/" + reference).body()).doesNotContain("Case clock (from the incident)");
    }

    @Test
    void aCaseOfAnotherMissionAnUnknownAndAMalformedReferenceAreNotFound() {
        String beta = driver.fileReportFor("mission-beta").getBusinessKey();
        String own = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String csrf = SessionClient.hiddenCsrf(officer.get("/cases/" + own).body());

        for (String path : List.of("/cases/" + beta, "/cases/ALPHA-2099-9999", "/cases/not-a-reference",
                "/cases/" + beta + "/identity-reveals", "/cases/not-a-reference/identity-reveals")) {
            HttpResponse<String> page = path.endsWith("identity-reveals")
                    ? officer.postForm(path, "reason=" + encode("Arranging a custody visit") + "&_csrf=" + encode(csrf))
                    : officer.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Page not found").doesNotContain(codeName(beta), "Other Person");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE case_reference = ? "
                + "AND event_type = 'IDENTITY_REVEAL'", Long.class, beta)).isZero();
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        HttpResponse<String> response = http.get("/cases/ALPHA-2026-0001", null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void thePageNeverCarriesTheDefendersIdentityOrTheNarrative() throws Exception {
        String reference = fileThreatReport();

        HttpResponse<String> page = SessionClient.signedIn(http, "officer.alpha").get("/cases/" + reference);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(codeName(reference), "Death threat", "Referred by an NGO")
                .doesNotContain(ThreatReports.FULL_NAME, ThreatReports.CONTACT, ThreatReports.DESCRIPTION, "Partner NGO hotline");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
    }

    @Test
    void theRevealFormPostsWithTheSessionsCsrfTokenAndIsAudited() throws Exception {
        String reference = fileThreatReport();
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String page = officer.get("/cases/" + reference).body();
        assertThat(page).contains("action=\"/cases/" + reference + "/identity-reveals\"").contains("name=\"reason\"");
        String reason = "Arranging a custody visit for the defender";

        HttpResponse<String> forged = officer.postForm("/cases/" + reference + "/identity-reveals", "reason=" + encode(reason));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain(ThreatReports.FULL_NAME);
        assertThat(reveals(reference)).isEmpty();

        HttpResponse<String> revealed = officer.postForm("/cases/" + reference + "/identity-reveals",
                "reason=" + encode(reason) + "&_csrf=" + encode(SessionClient.hiddenCsrf(page)));

        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(revealed.body()).contains(ThreatReports.FULL_NAME, ThreatReports.CONTACT, "id=\"identity\"");
        assertThat(revealed.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(reveals(reference)).containsExactly("officer.alpha: defender " + codeName(reference) + "; reason: " + reason);
        // The identity stays on that one response: the page shows the reveal in its timeline, not the name.
        String after = officer.get("/cases/" + reference).body();
        assertThat(after).contains("identity revealed").doesNotContain(ThreatReports.FULL_NAME);
    }

    @Test
    void aRevealWithoutAReasonComesBackWith400NamingTheField() throws Exception {
        String reference = fileThreatReport();
        SessionClient officer = SessionClient.signedIn(http, "officer.alpha");
        String csrf = SessionClient.hiddenCsrf(officer.get("/cases/" + reference).body());

        for (String reason : List.of("", "short", "x".repeat(501))) {
            HttpResponse<String> page = officer.postForm("/cases/" + reference + "/identity-reveals",
                    "reason=" + encode(reason) + "&_csrf=" + encode(csrf));

            assertThat(page.statusCode()).as(reason).isEqualTo(400);
            assertThat(page.body()).as(reason).contains("<title>Error: case " + reference, "govuk-error-summary", "href=\"#reason\"", "id=\"reason-error\"")
                    .containsPattern("Reason: (say why you need the identity|must be at most 500)")
                    .contains(codeName(reference)).doesNotContain(ThreatReports.FULL_NAME, "id=\"identity\"");
        }
        HttpResponse<String> missing = officer.postForm("/cases/" + reference + "/identity-reveals", "_csrf=" + encode(csrf));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Reason: say why you need the identity, in at least 10 characters");
        assertThat(reveals(reference)).isEmpty();
    }

    @Test
    void theTimelineAsJsonNewestFirstForTheCasesOwnMissionOnly() throws Exception {
        String reference = driver.verifiedCase(ThreatType.ARREST).getBusinessKey();
        String beta = driver.fileReportFor("mission-beta").getBusinessKey();

        HttpResponse<String> response = SessionClient.signedIn(http, "officer.alpha").getJson("/api/cases/" + reference + "/timeline");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode timeline = JSON.readTree(response.body());
        assertThat(timeline.get("reference").asText()).isEqualTo(reference);
        assertThat(timeline.get("truncated").asBoolean()).isFalse();
        assertThat(timeline.get("limit").asInt()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        List<OffsetDateTime> times = new ArrayList<>();
        timeline.get("entries").forEach(e -> {
            kinds.add(e.get("kind").asText());
            times.add(OffsetDateTime.parse(e.get("at").asText()));
        });
        assertThat(kinds).contains("REPORT_FILED", "VERIFIED", "TASK_COMPLETED").last().isEqualTo("REPORT_FILED");
        assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());
        JsonNode verified = find(timeline, "VERIFIED");
        assertThat(verified.get("subject").asText()).isEqualTo("VERIFIED");
        assertThat(verified.get("actor").asText()).isEqualTo("officer.alpha");
        assertThat(find(timeline, "TASK_COMPLETED").get("subject").asText()).isEqualTo("Verify report");
        assertThat(response.body()).doesNotContain("Test Person", "Detained after a protest");

        assertThat(SessionClient.signedIn(http, "officer.beta").getJson("/api/cases/" + reference + "/timeline").statusCode())
                .isEqualTo(404);
        assertThat(SessionClient.signedIn(http, "officer.alpha").getJson("/api/cases/" + beta + "/timeline").statusCode())
                .isEqualTo(404);
        assertThat(SessionClient.signedIn(http, "officer.alpha").getJson("/api/cases/not-a-reference/timeline").statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/cases/" + reference + "/timeline", null).statusCode()).isEqualTo(401);
    }

    private String fileThreatReport() throws Exception {
        HttpResponse<String> filed = http.postJson("/api/cases", "officer.alpha", ThreatReports.valid("mission-alpha"));
        assertThat(filed.statusCode()).isEqualTo(201);
        return JSON.readTree(filed.body()).get("reference").asText();
    }

    private String codeName(String reference) {
        return jdbc.queryForObject("SELECT d.code_name FROM casework.case_file c JOIN casework.defender d ON d.id = c.defender_id "
                + "WHERE c.reference = ?", String.class, reference);
    }

    private String stageWords(String reference) {
        String stage = jdbc.queryForObject("SELECT stage FROM casework.case_file WHERE reference = ?", String.class, reference);
        return switch (stage) {
            case "ACTIONS" -> "Actions under way";
            case "ACTION_PLANNING" -> "Action planning";
            case "MONITORING" -> "Monitoring";
            default -> throw new AssertionError("unexpected stage " + stage);
        };
    }

    private List<String> reveals(String reference) {
        return jdbc.queryForList("SELECT actor || ': ' || detail FROM casework.audit_event WHERE case_reference = ? "
                + "AND event_type = 'IDENTITY_REVEAL' ORDER BY id", String.class, reference);
    }

    private static JsonNode find(JsonNode timeline, String kind) {
        for (JsonNode entry : timeline.get("entries")) {
            if (entry.get("kind").asText().equals(kind)) {
                return entry;
            }
        }
        throw new AssertionError("no " + kind + " entry in " + timeline);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
