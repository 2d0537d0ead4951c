package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrdcasework.HeadlessChromium;
import org.hrdcasework.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two documents of the standing duties made from the demo profile's own sample cases, as a
 * demo user would make them: a senior official's briefing pack and the mission's report to
 * headquarters. Both are checked for content (the right cases and figures, code names only, no
 * name or narrative of a defender) and opened and printed to PDF in a real browser.
 */
class DemoDocumentsTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);

    @Autowired
    DemoCases demoCases;

    @Test
    void briefingPackAndMissionReportFromTheDemoCases() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        String reportRequest = "{\"mission\": \"mission-alpha\", \"from\": \"%s\", \"to\": \"%s\"}".formatted(today, today);
        JsonNode before = figures(created(http.postJson("/api/reports", "supervisor.alpha", reportRequest)));

        List<String> cases = demoCases.seed("mission-alpha");
        List<String> identities = new ArrayList<>();
        DemoCases.SAMPLES.forEach(sample -> {
            identities.add(sample.defender().formatted("A"));
            identities.add(sample.description());
        });

        // The briefing pack of a minister's visit: Alpha's open demo cases, advice from their consents.
        String visit = created(http.postJson("/api/engagements", "ambassador.alpha",
                "{\"mission\": \"mission-alpha\", \"kind\": \"VISIT\", \"visitorLevel\": \"MINISTER\", \"scheduledOn\": \"%s\"}"
                        .formatted(today.plusDays(14))));
        String pack = http.get("/api/engagements/" + visit + "/briefing-pack", "ambassador.alpha").body();
        Map<String, String> rows = rowsByCase(pack, cases);
        assertThat(rows.get(cases.get(0))).contains(codeName(cases.get(0)), "Death threat", "Tier 1", "may be raised publicly",
                "meeting proposed");
        assertThat(rows.get(cases.get(1))).contains(codeName(cases.get(1)), "Judicial harassment", "Tier 1",
                "raise privately only, never publicly", "no meeting");
        assertThat(rows.get(cases.get(2))).contains("Risk assessment", "do not raise");
        assertThat(rows.get(cases.get(3))).contains("Verification", "do not raise");
        assertThat(pack).as("the case closed at verification").doesNotContain(cases.get(4));
        assertThat(identities).noneMatch(pack::contains);
        assertThat(pack).doesNotContain("BETA-");

        // The mission's report for the day: the demo cases add exactly their own figures.
        String report = created(http.postJson("/api/reports", "supervisor.alpha", reportRequest));
        JsonNode after = figures(report);
        Map<String, Integer> added = Map.of("newCases/DEATH_THREAT", 1, "newCases/JUDICIAL_HARASSMENT", 1,
                "newCases/SURVEILLANCE", 1, "newCases/SMEAR_CAMPAIGN", 1, "newCases/OTHER", 1, "newCases/ARREST", 1,
                "newCases/total", 6, "verificationOutcomes/VERIFIED", 4, "verificationOutcomes/REJECTED", 1,
                "closedCases/NOT_LINKED_TO_HUMAN_RIGHTS_WORK", 1);
        added.forEach((figure, count) -> assertThat(value(after, figure) - value(before, figure)).as(figure).isEqualTo(count));
        assertThat(value(after, "actions/total") - value(before, "actions/total")).isEqualTo(4);
        String csv = http.get("/api/reports/" + report + ".csv", "supervisor.alpha").body();
        String document = http.get("/api/reports/" + report + "/document", "supervisor.alpha").body();
        for (String text : List.of(csv, document, after.toString())) {
            assertThat(identities).noneMatch(text::contains);
        }

        WebDriver browser = HeadlessChromium.start();
        try {
            HeadlessChromium.signIn(browser, port, "ambassador.alpha");
            browser.get("http://localhost:" + port + "/api/engagements/" + visit + "/briefing-pack");
            assertThat(browser.getTitle()).isEqualTo("Briefing pack " + visit);
            assertThat(browser.findElement(By.tagName("body")).getText()).contains(cases.get(0), "Proposed defender meetings");
            HeadlessChromium.printToPdf(browser);

            HeadlessChromium.signIn(browser, port, "supervisor.alpha");
            browser.get("http://localhost:" + port + "/api/reports/" + report + "/document");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mission report " + report);
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("Death threat", "Judicial harassment");
            HeadlessChromium.printToPdf(browser);
        } finally {
            browser.quit();
        }
    }

    private String created(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("reference").asText();
    }

    private JsonNode figures(String report) throws Exception {
        return JSON.readTree(http.get("/api/reports/" + report, "supervisor.alpha").body()).get("figures");
    }

    private static int value(JsonNode figures, String path) {
        String[] parts = path.split("/");
        JsonNode section = figures.path(parts[0]);
        return section.path(parts[1]).asInt(0);
    }

    private String codeName(String reference) {
        return jdbc.queryForObject("SELECT d.code_name FROM casework.defender d JOIN casework.case_file c ON c.defender_id = d.id "
                + "WHERE c.reference = ?", String.class, reference);
    }

    /** The first table row of the pack naming each case. */
    private static Map<String, String> rowsByCase(String html, List<String> cases) {
        Map<String, String> rows = new HashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            for (String reference : cases) {
                if (row.group(1).contains(">" + reference + "<")) {
                    rows.putIfAbsent(reference, row.group(1));
                }
            }
        }
        return rows;
    }
}
