package org.hrdcasework.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.HeadlessChromium;
import org.hrdcasework.Database;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.escalation.EscalationProcesses;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a mission report says: cases filed through the API in missions Alpha and Beta, driven
 * through verification, rejection, duplicate closure, actions, a further report and an
 * escalation; Alpha's report must count exactly these (as the difference to the figures before
 * they were filed: the shared test database holds other classes' cases of the same day), and
 * nothing of Beta's, and never a defender's name or narrative.
 */
class MissionReportContentTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ReportFigures reportFigures;
    @Autowired
    TaskService taskService;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> canaries = new ArrayList<>();

    @Test
    void theReportCountsExactlyTheMissionsOwnWorkAndNamesNobody() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ReportPeriod period = new ReportPeriod(today.minusDays(3), today);
        Map<String, Long> alphaBefore = asMap(reportFigures.figures("mission-alpha", period));
        Map<String, Long> betaBefore = asMap(reportFigures.figures("mission-beta", period));

        // Alpha: verified and acted on, with a further report.
        String a1 = file("officer.alpha", "mission-alpha", "ARREST");
        verify(a1, "YES", "YES", null);
        driver.complete(a1, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha", CaseDriver.assessment("HIGH", "HIGH", "LOW", "AT_LIBERTY"));
        driver.complete(a1, CaseOfConcernProcess.TASK_RECORD_CONSENT, "officer.alpha", CaseDriver.consent("QUIET", "DEMARCHE"));
        driver.complete(a1, CaseOfConcernProcess.TASK_PLAN_ACTIONS, "officer.alpha", Map.of("plannedActionTypes", List.of("DEMARCHE")));
        String furtherNarrative = canary("Further narrative");
        assertThat(http.postJson("/api/cases/" + a1 + "/reports", "officer.alpha", """
                {"threat":{"type":"PHYSICAL_ATTACK","description":"%s","occurredOn":"%s"},"channel":"WALK_IN"}"""
                .formatted(furtherNarrative, today)).statusCode()).isEqualTo(201);
        // Alpha: verified after its deadline had passed.
        String a2 = file("officer.alpha", "mission-alpha", "DEATH_THREAT");
        taskService.setDueDate(driver.task(a2, CaseOfConcernProcess.TASK_VERIFY_REPORT).getId(),
                Date.from(Instant.now().minus(Duration.ofHours(1))));
        verify(a2, "YES", "YES", null);
        // Alpha: rejected (closed), a duplicate (closed), and one left to escalate.
        String a3 = file("officer.alpha", "mission-alpha", "SURVEILLANCE");
        verify(a3, "NO", "YES", null);
        String a5 = file("officer.alpha", "mission-alpha", "OTHER");
        verify(a5, "YES", "YES", a1);
        String a4 = file("officer.alpha", "mission-alpha", "SMEAR_CAMPAIGN");
        escalate(driver.task(a4, CaseOfConcernProcess.TASK_VERIFY_REPORT).getId());
        // Beta: a case of its own.
        file("officer.beta", "mission-beta", "ABDUCTION");

        String reference = JSON.readTree(ok(http.postJson("/api/reports", "supervisor.alpha",
                "{\"mission\":\"mission-alpha\",\"from\":\"%s\",\"to\":\"%s\"}".formatted(period.start(), period.end())), 201)
                .body()).path("reference").asText();
        String jsonBody = ok(http.get("/api/reports/" + reference, "supervisor.alpha"), 200).body();
        JsonNode view = JSON.readTree(jsonBody);
        assertThat(view.path("mission").asText()).isEqualTo("mission-alpha");
        assertThat(view.path("periodStart").asText()).isEqualTo(period.start().toString());
        assertThat(view.path("periodEnd").asText()).isEqualTo(period.end().toString());
        assertThat(view.path("periodEndInclusive").asBoolean()).isTrue();
        Map<String, Long> alphaAfter = asMap(view.path("figures"));

        Map<String, Long> expected = new HashMap<>();
        expected.putAll(Map.of("newCases/ARREST", 1L, "newCases/DEATH_THREAT", 1L, "newCases/SURVEILLANCE", 1L,
                "newCases/OTHER", 1L, "newCases/SMEAR_CAMPAIGN", 1L, "newCases/total", 5L,
                "furtherReports/PHYSICAL_ATTACK", 1L, "furtherReports/total", 1L));
        expected.putAll(Map.of("verificationOutcomes/VERIFIED", 2L, "verificationOutcomes/REJECTED", 1L,
                "verificationOutcomes/DUPLICATE", 1L, "verificationOutcomes/total", 4L,
                "actions/DEMARCHE.IN_PROGRESS", 1L, "actions/total", 1L,
                "closedCases/NOT_A_DEFENDER", 1L, "closedCases/DUPLICATE_OF_OPEN_CASE", 1L, "closedCases/total", 2L));
        expected.putAll(Map.of("responseTime.Task_VerifyReport/completed", 4L, "responseTime.Task_VerifyReport/metDeadline", 3L,
                "responseTime.Task_VerifyReport/late", 1L, "responseTime.Task_AssessRisk/completed", 1L,
                "responseTime.Task_AssessRisk/metDeadline", 1L,
                "escalations/level1", 1L, "escalations/total", 1L, "escalations/stillOpen", 1L));
        // Open at the end of the period: a1, a2 and a4, by their stage and tier as the case file has them.
        for (String open : List.of(a1, a2, a4)) {
            Map<String, Object> row = driver.caseRow(open);
            expected.merge("openCasesAtPeriodEnd.byStage/" + row.get("stage"), 1L, Long::sum);
            Object tier = row.get("urgency_tier");
            expected.merge("openCasesAtPeriodEnd.byTier/" + (tier == null ? "UNASSESSED" : "TIER_" + tier), 1L, Long::sum);
        }
        expected.put("openCasesAtPeriodEnd.byStage/total", 3L);
        expected.put("openCasesAtPeriodEnd.byTier/total", 3L);

        for (String key : alphaAfter.keySet()) {
            if (key.endsWith("Hours")) {
                continue; // medians and maxima are not differences; ResponseTimesTests checks them exactly
            }
            assertThat(alphaAfter.get(key) - alphaBefore.getOrDefault(key, 0L)).as(key).isEqualTo(expected.getOrDefault(key, 0L));
        }
        assertThat(alphaAfter.keySet()).containsAll(expected.keySet());
        assertThat(view.path("figures").path("responseTime.Task_VerifyReport").path("maxHours").isNumber()).isTrue();

        // Beta's case is in Beta's figures only.
        Map<String, Long> betaAfter = asMap(reportFigures.figures("mission-beta", period));
        assertThat(betaAfter.get("newCases/ABDUCTION") - betaBefore.get("newCases/ABDUCTION")).isOne();
        assertThat(betaAfter.get("newCases/total") - betaBefore.get("newCases/total")).isOne();

        // CSV: one row per figure, parsing back to the same figures.
        HttpResponse<String> csv = ok(http.get("/api/reports/" + reference + ".csv", "supervisor.alpha"), 200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<List<String>> rows = parseCsv(csv.body());
        assertThat(rows.get(0)).containsExactly("section", "key", "value");
        Map<String, Long> fromCsv = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSize(3);
            if (!row.get(1).endsWith("Hours")) {
                fromCsv.put(row.get(0) + "/" + row.get(1), Long.parseLong(row.get(2)));
            }
        }
        Map<String, Long> countsOnly = new LinkedHashMap<>(alphaAfter);
        countsOnly.keySet().removeIf(k -> k.endsWith("Hours"));
        assertThat(fromCsv).isEqualTo(countsOnly);

        String html = ok(http.get("/api/reports/" + reference + "/document", "supervisor.alpha"), 200).body();
        assertThat(html).contains("<h1>Mission report " + reference + "</h1>", "New cases by threat type",
                "Response time: report verification", "Open cases at the end of the period, by stage");

        // No name or narrative anywhere in what leaves the mission.
        for (String document : List.of(jsonBody, csv.body(), html)) {
            for (String canary : canaries) {
                assertThat(document).doesNotContain(canary);
            }
        }
        assertThat(new Database(jdbc).count("SELECT count(*) FROM casework.audit_event WHERE event_type = 'EXPORT' "
                + "AND actor = 'supervisor.alpha' AND case_reference = ?", reference)).isEqualTo(2);

        // Headquarters: the aggregate is the sum of the missions' figures.
        JsonNode aggregate = JSON.readTree(ok(http.get("/api/reports/aggregate?from=%s&to=%s".formatted(period.start(), period.end()),
                "hq.desk"), 200).body());
        Map<String, JsonNode> missions = new HashMap<>();
        aggregate.path("missions").forEach(m -> missions.put(m.path("mission").asText(), m.path("figures")));
        assertThat(missions).containsOnlyKeys("mission-alpha", "mission-beta");
        for (String key : ReportFigures.AGGREGATE_FIGURES) {
            assertThat(missions.get("mission-alpha").path(key).asLong()).as(key).isEqualTo(alphaAfter.get(key));
            assertThat(missions.get("mission-beta").path(key).asLong()).as(key).isEqualTo(betaAfter.get(key));
            assertThat(aggregate.path("totals").path(key).asLong()).as(key).isEqualTo(alphaAfter.get(key) + betaAfter.get(key));
        }
        String aggregateCsv = ok(http.get("/api/reports/aggregate?from=%s&to=%s&format=csv".formatted(period.start(), period.end()),
                "hq.desk"), 200).body();
        List<List<String>> aggregateRows = parseCsv(aggregateCsv);
        assertThat(aggregateRows).hasSize(4);
        assertThat(aggregateRows.get(3).get(0)).isEqualTo("TOTAL");
        assertThat(aggregateRows.get(3).get(1)).isEqualTo(String.valueOf(alphaAfter.get("newCases/total") + betaAfter.get("newCases/total")));
        assertThat(ok(http.get("/api/reports/aggregate?from=%s&to=%s&format=html".formatted(period.start(), period.end()),
                "hq.desk"), 200).body()).contains("mission-alpha", "mission-beta", "Total");

        // Refusals.
        assertThat(http.get("/api/reports/aggregate?from=%s&to=%s".formatted(period.start(), period.end()), "officer.alpha")
                .statusCode()).isEqualTo(403);
        assertThat(http.get("/api/reports/aggregate?from=%s&to=%s".formatted(period.start(), period.end()), "supervisor.alpha")
                .statusCode()).isEqualTo(403);
        assertThat(http.get("/api/reports/aggregate?from=%s&to=%s".formatted(period.end(), period.start().minusDays(1)), "hq.desk")
                .body()).contains("\"field\":\"from\"");
        assertThat(http.get("/api/reports/aggregate?from=%s&to=%s&format=pdf".formatted(period.start(), period.end()), "hq.desk")
                .statusCode()).isEqualTo(400);
        assertThat(http.get("/api/reports/" + reference, "officer.beta").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/reports/" + reference + ".csv", "officer.beta").statusCode()).isEqualTo(404);

        printInBrowser(reference, alphaAfter);
    }

    /** The printable document in headless Chromium: headings and numbers shown, and a PDF printed from it. */
    private void printInBrowser(String reference, Map<String, Long> figures) throws Exception {
        WebDriver browser = HeadlessChromium.start();
        try {
            HeadlessChromium.signIn(browser, port, "supervisor.alpha");
            browser.get("http://localhost:" + port + "/api/reports/" + reference + "/document");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mission report " + reference);
            List<String> headings = browser.findElements(By.tagName("h2")).stream().map(e -> e.getText()).toList();
            assertThat(headings).contains("New cases by threat type", "Escalations fired in the period, by level",
                    "Open cases at the end of the period, by urgency tier");
            String text = browser.findElement(By.tagName("body")).getText();
            assertThat(text).contains("Arrest " + figures.get("newCases/ARREST"))
                    .contains("Level 1 " + figures.get("escalations/level1"));
            // the document's own style sheet applies (the policy allows it by hash)
            assertThat(browser.findElement(By.tagName("td")).getCssValue("border-top-style")).isEqualTo("solid");
            for (String canary : canaries) {
                assertThat(text).doesNotContain(canary);
            }
            HeadlessChromium.printToPdf(browser);
        } finally {
            browser.quit();
        }
    }

    private String file(String user, String mission, String threatType) throws Exception {
        String name = canary("Defender");
        String narrative = canary("Narrative");
        String body = """
                {"mission":"%s","defender":{"fullName":"%s","contact":"%s"},
                 "threat":{"type":"%s","description":"%s","occurredOn":"%s"},"channel":"LIAISON_OFFICER"}"""
                .formatted(mission, name, canary("+000"), threatType, narrative, LocalDate.now(ZoneOffset.UTC));
        return JSON.readTree(ok(http.postJson("/api/cases", user, body), 201).body()).path("reference").asText();
    }

    private void verify(String reference, String isDefender, String linked, String duplicateOf) {
        Map<String, Object> answers = new HashMap<>(Map.of("isDefender", isDefender, "linkedToHumanRightsWork", linked));
        if (duplicateOf != null) {
            answers.put("duplicateOfReference", duplicateOf);
        }
        driver.complete(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha", answers);
    }

    /** Fires the level-1 deadline of the task's escalation watch. */
    private void escalate(String taskId) {
        ProcessInstance watch = runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcesses.WATCH)
                .variableValueEquals(EscalationProcesses.WATCHED_TASK_ID, taskId).singleResult();
        Job timer = managementService.createJobQuery().processInstanceId(watch.getId()).timers().singleResult();
        managementService.executeJob(timer.getId());
    }

    private String canary(String prefix) {
        String value = prefix + " Canary " + run + "-" + canaries.size();
        canaries.add(value);
        return value;
    }

    private static Map<String, Long> asMap(List<Figure> figures) {
        Map<String, Long> map = new LinkedHashMap<>();
        figures.forEach(f -> map.put(f.section() + "/" + f.key(), f.value() instanceof Number n ? n.longValue() : null));
        return map;
    }

    private static Map<String, Long> asMap(JsonNode sections) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> s = sections.fields(); s.hasNext(); ) {
            Map.Entry<String, JsonNode> section = s.next();
            section.getValue().fields().forEachRemaining(f -> map.put(section.getKey() + "/" + f.getKey(),
                    f.getValue().isNull() ? null : f.getValue().asLong()));
        }
        return map;
    }

    /** RFC 4180: quoted cells with doubled quotes, CRLF rows. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                // part of CRLF
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }
}
