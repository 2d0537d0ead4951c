package org.hrdcasework.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.SessionClient;
import org.hrdcasework.TestClock;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervisors' page {@code /escalations}: the deadline overview per tier, the same counts as
 * {@code GET /api/deadlines}, over the escalation board, a page at a time, each row in words with
 * links to its case and to its "Handle escalation" task in Tasklist; for supervisors, senior
 * officials and headquarters only. The application's clock is moved past a deadline, and the
 * watch's timer fired, instead of waiting.
 */
class EscalationPageTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW = Pattern.compile("(?s)<tr class=\"govuk-table__row app-escalation level-\\d\">(.*?)</tr>");
    private static final Pattern NEXT = Pattern.compile("<a class=\"govuk-link govuk-pagination__link\" href=\"([^\"]*)\" rel=\"next\">");
    private static final Pattern CELL = Pattern.compile("(?s)<td class=\"govuk-table__cell[^\"]*\">\\s*(\\d+)\\s*</td>");

    @Autowired
    TestClock clock;
    @Autowired
    TaskService taskService;

    @Test
    void theBoardListsAnOverdueTaskInWordsWithItsCaseAndItsHandlingTaskInTasklist() {
        String reference = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        Task verify = driver.task(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT);
        Instant due = escalate(verify);
        clock.fixAt(due.plus(Duration.ofHours(3)).plusSeconds(20));
        try {
            String handling = taskService.createTaskQuery().processInstanceBusinessKey(reference)
                    .taskDefinitionKey(EscalationProcesses.TASK_HANDLE_ESCALATION).singleResult().getId();
            SessionClient supervisor = SessionClient.signedIn(http, "supervisor.alpha");

            String row = findRow(supervisor, reference);

            assertThat(row).contains("href=\"/cases/" + reference + "\"").contains(">Verify report<").contains(">Verification<")
                    .contains(">Level 1 (supervisors)<").contains("3 hours")
                    .contains(">" + java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2026, 11, 1),
                            due.plus(Duration.ofHours(3)).atZone(java.time.ZoneOffset.UTC).toLocalDate()) + " days<")
                    .contains("href=\"/camunda/app/tasklist/default/#/?task=" + handling + "\"")
                    .doesNotContain(CaseOfConcernProcess.TASK_VERIFY_REPORT).doesNotContain("VERIFICATION");
            HttpResponse<String> beta = SessionClient.signedIn(http, "officer.beta").get("/escalations");
            assertThat(beta.statusCode()).isEqualTo(403);
        } finally {
            clock.reset();
        }
    }

    @Test
    void theOverviewCountsAreThoseOfTheDeadlinesApi() throws Exception {
        Task verify = driver.task(driver.fileReport(ThreatType.ARREST).getBusinessKey(), CaseOfConcernProcess.TASK_VERIFY_REPORT);
        Instant due = escalate(verify);
        clock.fixAt(due.plus(Duration.ofHours(1)));
        try {
            for (String user : List.of("supervisor.alpha", "hq.desk")) {
                JsonNode api = JSON.readTree(http.get("/api/deadlines", user).body());
                HttpResponse<String> page = SessionClient.signedIn(http, user).get("/escalations");
                assertThat(page.statusCode()).as(user).isEqualTo(200);
                for (int tier = 1; tier <= 3; tier++) {
                    JsonNode counts = api.get("tiers").get(tier - 1);
                    assertThat(overviewRow(page, tier)).as("%s tier %d", user, tier).containsExactly(
                            counts.get("dueToday").asLong(), counts.get("overdue").asLong(),
                            counts.at("/escalations/level1").asLong(), counts.at("/escalations/level2").asLong(),
                            counts.at("/escalations/level3").asLong());
                }
                // This test's task is overdue and escalated at level 1 in tier 1.
                assertThat(overviewRow(page, 1).get(1)).isPositive();
                assertThat(overviewRow(page, 1).get(2)).isPositive();
                assertThat(page.body()).contains(">Tier 1 (most urgent)<").contains("Escalated to supervisors");
            }
        } finally {
            clock.reset();
        }
    }

    @Test
    void onlySupervisorsSeniorOfficialsAndHeadquartersOpenThePage() {
        for (String user : List.of("supervisor.alpha", "ambassador.alpha", "hq.desk")) {
            assertThat(SessionClient.signedIn(http, user).get("/escalations").statusCode()).as(user).isEqualTo(200);
        }
        for (String user : List.of("officer.alpha", "officer.beta", "designer")) {
            HttpResponse<String> refused = SessionClient.signedIn(http, user).get("/escalations");
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(refused.body()).contains("You cannot open this page").doesNotContain("id=\"board\"")
                    .doesNotContain("id=\"overview\"");
        }
        HttpResponse<String> anonymous = http.get("/escalations", null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aPageNumberOutOfRangeOrAnUnknownParameterIsNamedWith400() {
        SessionClient supervisor = SessionClient.signedIn(http, "supervisor.alpha");
        HttpResponse<String> page = supervisor.get("/escalations?page=abc");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<title>Error: Escalations").contains("Page: the page number is not one of this board")
                .contains("id=\"overview\"").doesNotContain("id=\"board\"");
        HttpResponse<String> unknown = supervisor.get("/escalations?level=1");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("does not know: level");
    }

    /** Fires the first deadline of the task's watch, as the job executor would when it passes; answers the deadline. */
    private Instant escalate(Task task) {
        ProcessInstance watch = runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcesses.WATCH)
                .variableValueEquals(EscalationProcesses.WATCHED_TASK_ID, task.getId()).singleResult();
        Job timer = managementService.createJobQuery().processInstanceId(watch.getId()).timers().singleResult();
        managementService.executeJob(timer.getId());
        return jdbc.queryForObject("SELECT due_at FROM casework.escalation WHERE task_id = ? AND level = 1", Timestamp.class,
                task.getId()).toInstant();
    }

    /** The board's row of the case, followed from page to page by the "next" links as a person would. */
    private static String findRow(SessionClient session, String reference) {
        String path = "/escalations";
        List<String> seen = new ArrayList<>();
        while (path != null) {
            HttpResponse<String> page = session.get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher rows = ROW.matcher(page.body());
            int count = 0;
            while (rows.find()) {
                count++;
                if (rows.group(1).contains("/cases/" + reference + "\"")) {
                    return rows.group(1);
                }
            }
            assertThat(count).isBetween(1, EscalationPageController.PAGE_SIZE);
            seen.add(path);
            Matcher next = NEXT.matcher(page.body());
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
            assertThat(seen).doesNotContain(path);
        }
        throw new AssertionError("no row of " + reference + " on pages " + seen);
    }

    private static List<Long> overviewRow(HttpResponse<String> page, int tier) {
        String body = page.body();
        String row = body.substring(body.indexOf("id=\"tier-" + tier + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        List<Long> counts = new ArrayList<>();
        Matcher cells = CELL.matcher(row);
        while (cells.find()) {
            counts.add(Long.parseLong(cells.group(1)));
        }
        return counts;
    }
}
