package org.hrdcasework.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.hrdcasework.HrdCaseworkApplication;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.cases.ReportChannel;
import org.hrdcasework.cases.ThreatReport;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.escalation.EscalationProcesses;
import org.hrdcasework.system.security.Caller;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: a benchmark that prints figures (run with {@code ./mvnw -Pbenchmark verify}).
 * Creates N overdue case tasks (tier 1 reports 3 hours old: level 1 is due, level 2 is not),
 * starts the job executor and measures how long until every one is escalated, and how many
 * duplicates appear. Own application, own embedded PostgreSQL, job executor as configured.
 */
@Tag("benchmark")
class EscalationBenchmark {

    private static final int TASKS = Integer.getInteger("benchmark.tasks", 10_000);

    private static Map<String, Object> databaseStats(JdbcTemplate jdbc) {
        return jdbc.queryForMap("SELECT xact_commit, tup_inserted, tup_updated, tup_deleted FROM pg_stat_database "
                + "WHERE datname = current_database()");
    }

    private static double delta(Map<String, Object> before, Map<String, Object> after, String column) {
        return ((Number) after.get(column)).doubleValue() - ((Number) before.get(column)).doubleValue();
    }

    @Test
    void escalateOverdueTasks() throws Exception {
        Path data = Files.createTempDirectory("hrd-benchmark");
        List<String> args = new ArrayList<>(List.of("--hrd.data-directory=" + data, "--server.port=0",
                "--camunda.bpm.generate-unique-process-engine-name=true", "--logging.level.org.hrdcasework.escalation=WARN",
                // only the benchmark's own tasks: no demo sample cases, no monthly report cycles
                "--hrd.demo.sample-cases=false", "--hrd.reporting.start-cycles-at-startup=false"));
        // Extra settings to compare configurations, e.g. -Dbenchmark.args="--camunda.bpm.job-execution.core-pool-size=2"
        String extra = System.getProperty("benchmark.args", "");
        if (!extra.isBlank()) {
            args.addAll(List.of(extra.trim().split("\\s+")));
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HrdCaseworkApplication.class).profiles("demo")
                .run(args.toArray(String[]::new))) {
            ProcessEngineConfigurationImpl engine = app.getBean(ProcessEngineConfigurationImpl.class);
            engine.getJobExecutor().shutdown();
            RuntimeService runtime = app.getBean(RuntimeService.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String reference = app.getBean(CaseFileService.class).fileThreatReport(
                    new Caller("officer.alpha", java.util.Set.of("case-officers"), java.util.Set.of("mission-alpha")),
                    new ThreatReport("mission-alpha", new ThreatReport.Defender("Benchmark Person", null),
                            new ThreatReport.Threat(ThreatType.ARREST, "Benchmark", java.time.LocalDate.of(2026, 11, 1)),
                            ReportChannel.WALK_IN, null));
            String caseId = jdbc.queryForObject("SELECT id::text FROM casework.case_file WHERE reference = ?", String.class, reference);
            String createdAt = Instant.now().minus(Duration.ofHours(3)).toString();

            Instant setupStart = Instant.now();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> starts = new ArrayList<>();
            for (int i = 0; i < TASKS; i++) {
                String taskId = "benchmark-task-" + i;
                starts.add(pool.submit(() -> runtime.startProcessInstanceByKey(EscalationProcesses.WATCH, reference,
                        Variables.createVariables().putValue("caseId", caseId).putValue("caseReference", reference)
                                .putValue("missionId", "mission-alpha").putValue(EscalationProcesses.WATCHED_TASK_ID, taskId)
                                .putValue(EscalationProcesses.STAGE, "Task_VerifyReport").putValue(EscalationProcesses.URGENCY_TIER, 1)
                                .putValue(EscalationProcesses.CREATED_AT, createdAt))));
            }
            for (Future<?> start : starts) {
                start.get();
            }
            pool.shutdown();
            Duration setup = Duration.between(setupStart, Instant.now());

            Map<String, Object> statsBefore = databaseStats(jdbc);
            Instant start = Instant.now();
            engine.getJobExecutor().start();
            long escalated = 0;
            while (escalated < TASKS && Duration.between(start, Instant.now()).toMinutes() < 15) {
                Thread.sleep(500); // a benchmark polling its progress, not a test waiting for a timer
                escalated = jdbc.queryForObject("SELECT count(DISTINCT task_id) FROM casework.escalation WHERE level = 1", Long.class);
            }
            Duration elapsed = Duration.between(start, Instant.now());
            long rows = jdbc.queryForObject("SELECT count(*) FROM casework.escalation WHERE level = 1", Long.class);
            long handlers = jdbc.queryForObject("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'Task_HandleEscalation'", Long.class);
            engine.getJobExecutor().shutdown();
            Map<String, Object> statsAfter = databaseStats(jdbc);
            System.out.printf("%nESCALATION BENCHMARK (%d overdue tasks, %d cores, settings: %s)%n", TASKS,
                    Runtime.getRuntime().availableProcessors(), extra.isBlank() ? "application.yaml" : extra);
            System.out.printf("  setup (start %d watches): %.1f s%n", TASKS, setup.toMillis() / 1000.0);
            System.out.printf("  time until all escalated: %.1f s (%.0f escalations/s)%n", elapsed.toMillis() / 1000.0,
                    escalated * 1000.0 / Math.max(1, elapsed.toMillis()));
            System.out.printf("  escalated tasks: %d, escalation rows: %d, duplicates: %d, handling tasks: %d%n%n",
                    escalated, rows, rows - escalated, handlers);
            System.out.printf("  database work per escalation: %.1f commits, %.1f rows inserted, %.1f updated, %.1f deleted%n%n",
                    delta(statsBefore, statsAfter, "xact_commit") / escalated, delta(statsBefore, statsAfter, "tup_inserted") / escalated,
                    delta(statsBefore, statsAfter, "tup_updated") / escalated, delta(statsBefore, statsAfter, "tup_deleted") / escalated);
        }
    }
}
