package org.hrdcasework.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Structured JSON logs (HRD_LOG_FORMAT=ecs): each line a JSON object carrying the request's user,
 * mission and case reference as fields, and never an identity or free text of a defender, even with
 * Spring MVC's request logging on. The shared test context logs plain text: the lines of the
 * scenario are written a second time by Spring Boot's own ECS encoder, as HRD_LOG_FORMAT=ecs does.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogTests extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aScenarioLoggedAsJsonCarriesWhoAndWhichCaseButNoDefender(CapturedOutput output) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> canaries = Map.of("name", "LogCanaryName" + tag, "contact", "LogCanaryContact" + tag,
                "organisation", "LogCanaryOrg" + tag, "location", "LogCanaryPlace" + tag, "family", "LogCanaryFamily" + tag,
                "narrative", "LogCanaryNarrative" + tag, "source", "LogCanarySource" + tag, "notes", "LogCanaryNotes" + tag);
        List<String> lines;
        String reference;
        String codeName;
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger dispatcher = context.getLogger("org.springframework.web.servlet.DispatcherServlet");
        Level level = dispatcher.getLevel();
        try (JsonLines json = JsonLines.attach(context)) {
            dispatcher.setLevel(Level.DEBUG);
            HttpResponse<String> filed = http.postJson("/api/cases", "officer.alpha", """
                    {"mission": "mission-alpha",
                     "defender": {"fullName": "%s", "contact": "%s", "organisation": "%s", "location": "%s", "family": "%s"},
                     "threat": {"type": "DEATH_THREAT", "description": "%s", "occurredOn": "2026-11-20"},
                     "channel": "WALK_IN", "source": "%s"}
                    """.formatted(canaries.get("name"), canaries.get("contact"), canaries.get("organisation"),
                    canaries.get("location"), canaries.get("family"), canaries.get("narrative"), canaries.get("source")));
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            reference = JSON.readTree(filed.body()).get("reference").asText();
            driver.complete(reference, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                    Map.of("isDefender", "YES", "linkedToHumanRightsWork", "YES"));
            driver.complete(reference, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha", Map.of("threatLevel", "SEVERE",
                    "vulnerabilityLevel", "HIGH", "capacityLevel", "LOW", "defenderStatus", "AT_LIBERTY",
                    "sensitive_assessmentNotes", canaries.get("notes")));
            HttpResponse<String> read = http.get("/api/cases/" + reference, "officer.alpha");
            assertThat(read.statusCode()).isEqualTo(200);
            codeName = JSON.readTree(read.body()).path("defender").path("codeName").asText(null);
            lines = json.lines();
        } finally {
            dispatcher.setLevel(level);
        }

        List<JsonNode> events = new ArrayList<>();
        for (String line : lines) {
            events.add(JSON.readTree(line)); // every line is one JSON object
        }
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.path("message").isTextual()).isTrue());
        // The read of the case, logged by Spring MVC while serving it: who, for which mission, which case.
        assertThat(events).filteredOn(e -> e.path("message").asText().contains("/api/cases/" + reference)
                        && "officer.alpha".equals(e.path(LogContextFilter.USER).asText()))
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.path(LogContextFilter.MISSION).asText()).isEqualTo("mission-alpha");
                    assertThat(e.path(LogContextFilter.CASE_REFERENCE).asText()).isEqualTo(reference);
                    assertThat(e.path("log").path("level").asText()).isNotBlank();
                });
        // Our own line of the filing: who filed it for which mission; the case is named by its
        // reference and the defender by the code name (a pseudonym), nothing else.
        assertThat(events).filteredOn(e -> e.path("message").asText().startsWith("Case " + reference + " filed"))
                .singleElement().satisfies(e -> {
                    assertThat(e.path(LogContextFilter.USER).asText()).isEqualTo("officer.alpha");
                    assertThat(e.path(LogContextFilter.MISSION).asText()).isEqualTo("mission-alpha");
                    assertThat(e.path("message").asText()).contains(codeName);
                });
        // Logged while the engine completed the verification task (submit-form over the engine's REST
        // API): Camunda's logging context names the instance's business key and mission, ours the user.
        assertThat(events).filteredOn(e -> e.path("message").asText().startsWith("Case " + reference + " verification by"))
                .singleElement().satisfies(e -> {
                    assertThat(e.path("businessKey").asText()).isEqualTo(reference);
                    assertThat(e.path(LogContextFilter.MISSION).asText()).isEqualTo("mission-alpha");
                    assertThat(e.path(LogContextFilter.USER).asText()).isEqualTo("officer.alpha");
                });
        // The engine's context does not take the request's away: Spring MVC's last line of the filing
        // (after the process started) still names the mission.
        assertThat(events).filteredOn(e -> e.path("message").asText().startsWith("Completed 201"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.path(LogContextFilter.MISSION).asText()).isEqualTo("mission-alpha"));
        String all = String.join("\n", lines);
        assertThat(canaries.values()).as("identities and free text in the JSON log").noneMatch(all::contains);
        assertThat(canaries.values()).as("identities and free text in the console").noneMatch(output.getAll()::contains);
    }

    @Test
    void theContextOfALineIsItsOwnFieldsAndIsClearedAfterTheRequest() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<String> lines;
        try (JsonLines json = JsonLines.attach(context)) {
            MDC.put(LogContextFilter.USER, "officer.alpha");
            MDC.put(LogContextFilter.MISSION, "mission-alpha");
            MDC.put(LogContextFilter.CASE_REFERENCE, "ALPHA-2026-0001");
            try {
                LoggerFactory.getLogger(StructuredLogTests.class).info("Something happened to the case");
            } finally {
                MDC.clear();
            }
            lines = json.lines();
        }
        JsonNode line = JSON.readTree(lines.get(lines.size() - 1));
        assertThat(line.path("message").asText()).isEqualTo("Something happened to the case");
        assertThat(line.path(LogContextFilter.USER).asText()).isEqualTo("officer.alpha");
        assertThat(line.path(LogContextFilter.MISSION).asText()).isEqualTo("mission-alpha");
        assertThat(line.path(LogContextFilter.CASE_REFERENCE).asText()).isEqualTo("ALPHA-2026-0001");
        assertThat(line.path("log").path("logger").asText()).isEqualTo(StructuredLogTests.class.getName());
        assertThat(line.has("@timestamp")).isTrue();

        // The request's context does not outlive it: a later request of another user carries only its own.
        try (JsonLines json = JsonLines.attach(context)) {
            Logger dispatcher = context.getLogger("org.springframework.web.servlet.DispatcherServlet");
            Level level = dispatcher.getLevel();
            dispatcher.setLevel(Level.DEBUG);
            try {
                assertThat(http.get("/api/cases?limit=1", "officer.beta").statusCode()).isEqualTo(200);
            } finally {
                dispatcher.setLevel(level);
            }
            List<JsonNode> events = new ArrayList<>();
            for (String l : json.lines()) {
                events.add(JSON.readTree(l));
            }
            assertThat(events).filteredOn(e -> e.path("message").asText().contains("/api/cases")).isNotEmpty()
                    .allSatisfy(e -> {
                        assertThat(e.path(LogContextFilter.USER).asText()).isEqualTo("officer.beta");
                        assertThat(e.has(LogContextFilter.CASE_REFERENCE)).isFalse();
                    });
        }
    }

    /** Every log line, written by Spring Boot's ECS encoder as well, for as long as it is attached. */
    static final class JsonLines extends AppenderBase<ILoggingEvent> implements AutoCloseable {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final StructuredLogEncoder encoder = new StructuredLogEncoder();
        private final LoggerContext context;

        private JsonLines(LoggerContext context) {
            this.context = context;
        }

        static JsonLines attach(LoggerContext context) {
            JsonLines lines = new JsonLines(context);
            lines.encoder.setContext(context);
            lines.encoder.setFormat("ecs");
            lines.encoder.start();
            lines.setContext(context);
            lines.setName("json-lines");
            lines.start();
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(lines);
            return lines;
        }

        @Override
        protected void append(ILoggingEvent event) {
            byte[] line = encoder.encode(event);
            synchronized (out) {
                out.writeBytes(line);
            }
        }

        List<String> lines() {
            synchronized (out) {
                return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            }
        }

        @Override
        public void close() {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(this);
            stop();
            encoder.stop();
        }
    }
}
