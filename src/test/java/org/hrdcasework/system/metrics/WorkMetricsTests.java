package org.hrdcasework.system.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The metrics of the work, scraped as Prometheus does: plausible figures after cases are filed and
 * acted on, for administrators only, and not one label carrying a defender's name, code name or a
 * case reference.
 */
class WorkMetricsTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** name{labels} value */
    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("([a-z_]+)=\"([^\"]*)\"");

    @Autowired
    WorkMetrics metrics;

    @Test
    void onlyAdministratorsAndNamedScrapersReadTheMetrics() {
        assertThat(http.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", "officer.alpha").statusCode()).isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", "hq.desk").statusCode()).isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", "admin").statusCode()).isEqualTo(200);
        // Named in hrd.metrics.users (application-test.yaml), without being an administrator.
        assertThat(http.get("/actuator/prometheus", "designer").statusCode()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus", "no.such.user", "not-a-password").statusCode()).isEqualTo(401);
    }

    @Test
    void theFiguresOfTheWorkWithoutAnyDefenderInALabel() throws Exception {
        String name = "CanaryMetricsName" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> filed = http.postJson("/api/cases", "officer.alpha", """
                {"mission": "mission-alpha", "defender": {"fullName": "%s"},
                 "threat": {"type": "DEATH_THREAT", "description": "Threatened at the office", "occurredOn": "2026-11-20"},
                 "channel": "WALK_IN"}
                """.formatted(name));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String reference = JSON.readTree(filed.body()).get("reference").asText();
        String actedOn = driver.caseWithActions(CaseDriver.consent("QUIET", "DEMARCHE"), "DEMARCHE").getBusinessKey();
        List<String> codeNames = jdbc.queryForList("""
                SELECT d.code_name FROM casework.defender d JOIN casework.case_file c ON c.defender_id = d.id
                WHERE c.reference IN (?, ?)""", String.class, reference, actedOn);
        assertThat(codeNames).hasSize(2);

        metrics.refresh();
        HttpResponse<String> scraped = http.get("/actuator/prometheus", "admin");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        List<Sample> samples = samples(scraped.body());

        long openAlpha = jdbc.queryForObject("SELECT count(*) FROM casework.case_file WHERE mission_id = 'mission-alpha' AND stage <> 'CLOSED'",
                Long.class);
        assertThat(sum(samples, "hrd_cases_open", "mission-alpha")).isEqualTo(openAlpha).isGreaterThanOrEqualTo(2);
        assertThat(samples).anyMatch(s -> s.name().equals("hrd_cases_open") && s.labels().contains("tier=1")
                && s.labels().contains("stage="));
        assertThat(sum(samples, "hrd_tasks_open", "mission-alpha")).isGreaterThanOrEqualTo(2);
        assertThat(samples).anyMatch(s -> s.name().equals("hrd_tasks_overdue"));
        assertThat(sum(samples, "hrd_incident_to_first_action_cases", "mission-alpha")).isGreaterThanOrEqualTo(1);
        assertThat(samples).filteredOn(s -> s.name().equals("hrd_incident_to_first_action_median_hours")
                && s.labels().contains("mission=mission-alpha")).singleElement()
                .satisfies(s -> assertThat(s.value()).isPositive());
        // The job executor is off in the tests: jobs are due and not acquired (at least the case's timers).
        assertThat(samples).anyMatch(s -> s.name().equals("hrd_engine_jobs_due_not_acquired"))
                .anyMatch(s -> s.name().equals("hrd_engine_jobs_failed"))
                .anyMatch(s -> s.name().equals("hrd_engine_jobs_due_oldest_seconds"));
        // A mission without open escalations has no series (absent, not 0): the figure is the table's count.
        long escalationsAlpha = jdbc.queryForObject(
                "SELECT count(*) FROM casework.escalation WHERE mission_id = 'mission-alpha' AND resolved_at IS NULL", Long.class);
        assertThat(sum(samples, "hrd_escalations_open", "mission-alpha")).isEqualTo(escalationsAlpha);
        long failedJobs = jdbc.queryForObject("SELECT count(*) FROM public.act_ru_job WHERE retries_ = 0", Long.class);
        assertThat(samples).filteredOn(s -> s.name().equals("hrd_engine_jobs_failed")).singleElement()
                .satisfies(s -> assertThat((long) s.value()).isEqualTo(failedJobs));

        List<String> labelValues = new ArrayList<>();
        for (Sample sample : samples) {
            sample.labelValues().forEach(labelValues::add);
        }
        assertThat(labelValues).isNotEmpty().contains("mission-alpha");
        List<String> forbidden = new ArrayList<>(codeNames);
        forbidden.add(name);
        forbidden.add(reference);
        forbidden.add(actedOn);
        for (String value : forbidden) {
            assertThat(labelValues).as("label values").noneMatch(v -> v.contains(value));
            assertThat(scraped.body()).doesNotContain(value);
        }
    }

    /** One line of the exposition: its name, its labels as {@code key=value,...} and its value. */
    record Sample(String name, String labels, List<String> labelValues, double value) {
    }

    private static List<Sample> samples(String exposition) {
        List<Sample> samples = new ArrayList<>();
        Matcher line = SAMPLE.matcher(exposition);
        while (line.find()) {
            List<String> keyValues = new ArrayList<>();
            List<String> values = new ArrayList<>();
            Matcher label = LABEL.matcher(line.group(2));
            while (label.find()) {
                keyValues.add(label.group(1) + "=" + label.group(2));
                values.add(label.group(2));
            }
            samples.add(new Sample(line.group(1), String.join(",", keyValues), values, Double.parseDouble(line.group(3))));
        }
        return samples;
    }

    private static long sum(List<Sample> samples, String name, String mission) {
        return (long) samples.stream().filter(s -> s.name().equals(name) && s.labels().contains("mission=" + mission))
                .mapToDouble(Sample::value).sum();
    }
}
