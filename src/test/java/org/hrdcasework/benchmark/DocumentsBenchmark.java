package org.hrdcasework.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.hrdcasework.HrdCaseworkApplication;
import org.hrdcasework.Http;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.cases.ReportChannel;
import org.hrdcasework.cases.ThreatReport;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.system.security.Caller;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Not a test: a benchmark that prints figures (run with {@code ./mvnw -Pbenchmark verify}). A
 * mission with N open cases (default 2,000, {@code -Dbenchmark.cases}): how long the documents of
 * the standing duties take through the API, as a person would ask for them - a visit planned with
 * its briefing pack compiled, the pack printed, a month's report compiled and printed, the
 * headquarters aggregate - and how large they are. Own application and embedded PostgreSQL.
 */
@Tag("benchmark")
class DocumentsBenchmark {

    private static final int CASES = Integer.getInteger("benchmark.cases", 2_000);
    private static final int ROUNDS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void documentsOfAMissionWithManyOpenCases() throws Exception {
        Path data = Files.createTempDirectory("hrd-documents-benchmark");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HrdCaseworkApplication.class).profiles("demo")
                .run("--hrd.data-directory=" + data, "--server.port=0", "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--camunda.bpm.job-execution.enabled=false", "--hrd.demo.sample-cases=false",
                        "--hrd.reporting.start-cycles-at-startup=false", "--logging.level.org.hrdcasework=WARN")) {
            Http http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
            CaseFileService cases = app.getBean(CaseFileService.class);
            Caller officer = new Caller("officer.alpha", Set.of("case-officers"), Set.of("mission-alpha"));
            ThreatType[] types = ThreatType.values();
            long fileStart = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> filed = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                ThreatType type = types[i % types.length];
                int n = i;
                filed.add(pool.submit(() -> cases.fileThreatReport(officer, new ThreatReport("mission-alpha",
                        new ThreatReport.Defender("Benchmark Defender " + n, null),
                        new ThreatReport.Threat(type, "Benchmark threat", LocalDate.now(ZoneOffset.UTC).minusDays(1)),
                        ReportChannel.WALK_IN, null))));
            }
            for (Future<?> f : filed) {
                f.get();
            }
            pool.shutdown();
            double fileSeconds = (System.nanoTime() - fileStart) / 1e9;

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String period = "\"from\": \"%s\", \"to\": \"%s\"".formatted(today.withDayOfMonth(1), today);
            List<String> visits = new ArrayList<>();
            List<String> reports = new ArrayList<>();
            Timing plan = time(() -> visits.add(created(http.postJson("/api/engagements", "ambassador.alpha",
                    "{\"mission\": \"mission-alpha\", \"kind\": \"VISIT\", \"visitorLevel\": \"MINISTER\", \"scheduledOn\": \"%s\"}"
                            .formatted(today.plusDays(30))))));
            Timing pack = time(() -> ok(http.get("/api/engagements/" + visits.get(0) + "/briefing-pack", "ambassador.alpha")));
            Timing compile = time(() -> reports.add(created(http.postJson("/api/reports", "supervisor.alpha",
                    "{\"mission\": \"mission-alpha\", " + period + "}"))));
            Timing document = time(() -> ok(http.get("/api/reports/" + reports.get(0) + "/document", "supervisor.alpha")));
            Timing csv = time(() -> ok(http.get("/api/reports/" + reports.get(0) + ".csv", "supervisor.alpha")));
            Timing aggregate = time(() -> ok(http.get("/api/reports/aggregate?" + period.replace("\"", "").replace(": ", "=")
                    .replace(", ", "&") + "&format=html", "hq.desk")));

            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.out.printf("""
                    DOCUMENTS BENCHMARK (%d open cases in one mission, 2 cores, %d rounds each, through the HTTP API)
                      filing the cases:                  %.1f s (%.0f cases/s)
                      visit planned, pack compiled:      %s
                      briefing pack printed (HTML):      %s, %d KiB
                      month's report compiled:           %s
                      report document (HTML):            %s, %d KiB
                      report CSV:                        %s
                      headquarters aggregate (HTML):     %s
                      heap in use after the run:         %d MiB
                    """, CASES, ROUNDS, fileSeconds, CASES / fileSeconds, plan, pack, pack.bytes / 1024, compile, document,
                    document.bytes / 1024, csv, aggregate, (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
            assertThat(pack.bytes).as("every open case is in the pack").isGreaterThan(CASES * 100L);
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    /** Milliseconds of each round, and the size of the last answer. */
    private record Timing(List<Long> millis, long bytes) {
        @Override
        public String toString() {
            List<Long> sorted = millis.stream().sorted().toList();
            return "median %d ms (min %d, max %d)".formatted(sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
        }
    }

    private static Timing time(Supplier<Object> call) {
        List<Long> millis = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            Object answer = call.get();
            millis.add((System.nanoTime() - start) / 1_000_000);
            bytes = answer instanceof String text ? text.length() : bytes;
        }
        return new Timing(millis, bytes);
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        try {
            return JSON.readTree(response.body()).get("reference").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
