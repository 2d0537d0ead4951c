package org.hrdcasework.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.hrdcasework.Database;
import org.hrdcasework.HrdCaseworkApplication;
import org.hrdcasework.Http;
import org.hrdcasework.SessionClient;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ReportChannel;
import org.hrdcasework.cases.ThreatReport;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.escalation.OverdueWatches;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.tasklist.TasklistFilters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: the benchmark suite (run with {@code ./mvnw -Pbenchmark verify}). In one run, on one
 * embedded PostgreSQL of its own:
 * <ol>
 *   <li>pgbench's commit ceiling (one INSERT per transaction, 1 and 4 clients);</li>
 *   <li>intake: threat reports filed through {@code POST /api/cases} (1 and 4 clients), with the
 *   engine's commits per second;</li>
 *   <li>whole case lifecycles worked through Tasklist's own calls (task list, form, {@code submit-form})
 *   by 1 and 4 officers;</li>
 *   <li>at each level of open cases (1,000, 10,000, 100,000 by default): p50/p95/p99 of Tasklist's
 *   calls (filter counts, the filter's first page, a task's form, a submit), the escalation board,
 *   a case and the caseload ({@code GET /api/cases}: the first page, and the tier-1 overdue cases);</li>
 *   <li>the escalation burst (10,000 overdue tasks), heap and RSS after the load, and a restart on the
 *   full database.</li>
 * </ol>
 * Prints the figures and writes them to {@code target/benchmark/scale-<date>.md}.
 */
@Tag("benchmark")
class ScaleBenchmark {

    /** Levels of open cases, e.g. -Dbenchmark.levels=1000,10000 (empty: none). */
    private static final List<Integer> LEVELS = java.util.Arrays.stream(System.getProperty("benchmark.levels", "1000,10000,100000")
            .split(",")).map(String::trim).filter(level -> !level.isEmpty()).map(Integer::valueOf).toList();
    private static final int SAMPLES = Integer.getInteger("benchmark.samples", 200);
    /** Length of each throughput phase (0: no pgbench, intake or lifecycle). */
    private static final int PHASE_SECONDS = Integer.getInteger("benchmark.seconds", 30);
    /** Overdue tasks of the escalation burst (0: no burst). */
    private static final int BURST = Integer.getInteger("benchmark.tasks", 10_000);
    /**
     * Missions the open cases are spread over, round robin (mission-alpha, whose officer is measured,
     * and bench-02 ... bench-NN): a person's counts cost in proportion to the open tasks of their own
     * missions (docs/adr/0010-task-visibility.md). 1 puts every case in mission-alpha.
     */
    private static final int MISSIONS = Integer.getInteger("benchmark.missions", 10);
    private static final String OFFICER = "officer.alpha";
    private static final Caller OFFICER_ALPHA = new Caller(OFFICER, Set.of("case-officers"), Set.of("mission-alpha"));
    private static final String CASE_JSON = """
            {"mission": "mission-alpha",
             "defender": {"fullName": "Benchmark Person %d", "contact": "+000 555 0101"},
             "threat": {"type": "JUDICIAL_HARASSMENT", "description": "Summoned for questioning", "occurredOn": "2026-11-20"},
             "channel": "LIAISON_OFFICER"}
            """;

    private final StringBuilder figures = new StringBuilder();
    /** Each report names a new defender (a report naming a defender with an open case joins that case). */
    private final AtomicInteger defenders = new AtomicInteger();

    @Test
    void scale() throws Exception {
        Path data = Path.of(System.getProperty("benchmark.data-directory", Files.createTempDirectory("hrd-scale").toString()));
        line("# Scale benchmark, %s", Instant.now());
        line("");
        line("Machine: %d cores, %d MiB memory, Java %s; data directory %s.", Runtime.getRuntime().availableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 20,
                System.getProperty("java.version"), data);
        boolean fresh = !Files.exists(data.resolve("postgres"));
        long started = System.nanoTime();
        ConfigurableApplicationContext app = start(data);
        line(fresh ? "First start (new cluster, schema, deployments): %.1f s" : "Start on the existing database: %.1f s",
                (System.nanoTime() - started) / 1e9);
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            int dbPort = app.getBean(Environment.class).getProperty("hrd.embedded-database.port", Integer.class, 0);
            dbPort = dbPort != 0 ? dbPort : jdbc.queryForObject("SELECT inet_server_port()", Integer.class);
            line("PostgreSQL %s, fsync %s, synchronous_commit %s", jdbc.queryForObject("SHOW server_version", String.class),
                    jdbc.queryForObject("SHOW fsync", String.class), jdbc.queryForObject("SHOW synchronous_commit", String.class));
            line("");

            Http http = new Http(port);
            if (PHASE_SECONDS > 0) {
                ceiling(data, dbPort);
                intake(http, jdbc, 1);
                intake(http, jdbc, 4);
                lifecycle(port, http, jdbc, 1);
                lifecycle(port, http, jdbc, 4);
            }

            line("");
            line("## Latency at each level of open cases (ms, p50 / p95 / p99 of %d calls, one client)", SAMPLES);
            line("");
            line("Open cases spread over %d mission(s), round robin; measured as officer.alpha (mission-alpha), "
                    + "/api/escalations, /api/cases (first page; ?tier=1&overdue=true) and the /cases page (first page, "
                    + "signed in) as supervisor.alpha.", MISSIONS);
            line("");
            line("| open cases | open tasks | mission-alpha's open cases / tasks | sidebar counts | filter count "
                    + "| filter list (created) | filter list (due) | task form | submit | /api/escalations | a case "
                    + "| /api/cases | /api/cases?tier=1&overdue=true | /cases (page) |");
            line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            for (int level : LEVELS) {
                grow(app, jdbc, level);
                latencies(port, http, jdbc, level);
            }

            line("");
            if (BURST > 0) {
                burst(app, jdbc);
            }
            memory();
        } finally {
            app.close();
            write();
        }
        started = System.nanoTime();
        start(data).close();
        line("Restart on the full database in the same JVM (classes loaded, code compiled): %.1f s", (System.nanoTime() - started) / 1e9);
        write();
    }

    /** The figures so far, in target/benchmark/scale-<date>.md (written again as the run goes on). */
    private void write() throws java.io.IOException {
        Path file = Path.of("target/benchmark/scale-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, figures);
        System.out.println("\n" + figures + "\nWritten to " + file.toAbsolutePath());
    }

    private ConfigurableApplicationContext start(Path data) {
        List<String> args = new ArrayList<>(List.of("--hrd.data-directory=" + data, "--server.port=0",
                "--logging.level.root=WARN",
                "--hrd.demo.sample-cases=false", "--hrd.reporting.start-cycles-at-startup=false"));
        String extra = System.getProperty("benchmark.args", "");
        if (!extra.isBlank()) {
            args.addAll(List.of(extra.trim().split("\\s+")));
        }
        return new SpringApplicationBuilder(HrdCaseworkApplication.class).profiles("demo").run(args.toArray(String[]::new));
    }

    // --- Throughput -------------------------------------------------------------------------------------

    private void ceiling(Path data, int dbPort) throws Exception {
        Optional<Path> pgbench = PgBench.find();
        if (pgbench.isEmpty()) {
            line("pgbench: not installed (apt-get install postgresql-client): no commit ceiling");
            return;
        }
        String password = Database.embeddedSecret(data, "superuser");
        try (Connection superuser = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", password);
             Statement statement = superuser.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS ceiling");
            statement.execute("CREATE DATABASE ceiling");
        }
        try (Connection scratch = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/ceiling", "postgres", password);
             Statement statement = scratch.createStatement()) {
            statement.execute("CREATE TABLE ceiling (id bigserial PRIMARY KEY, v int)");
        }
        for (int clients : List.of(1, 4)) {
            double tps = PgBench.insertsPerSecond(pgbench.get(), dbPort, "ceiling", password, clients, 10);
            ceilings.put(clients, tps);
            line("pgbench, one INSERT per transaction, %d client(s): %.0f commits/s", clients, tps);
        }
    }

    private final Map<Integer, Double> ceilings = new LinkedHashMap<>();

    private String shareOfCeiling(int clients, double commitsPerSecond) {
        Double ceiling = ceilings.get(clients);
        return ceiling == null ? "" : String.format(" (%.1f%% of pgbench's)", 100 * commitsPerSecond / ceiling);
    }

    private void intake(Http http, JdbcTemplate jdbc, int clients) throws Exception {
        AtomicInteger filed = new AtomicInteger();
        Latencies[] latencies = new Latencies[clients];
        Phase phase = Phase.run(jdbc, clients, (worker, end) -> {
            latencies[worker] = new Latencies(1_000_000);
            while (System.nanoTime() < end) {
                long t = System.nanoTime();
                HttpResponse<String> response = http.postJson("/api/cases", OFFICER, CASE_JSON.formatted(defenders.incrementAndGet()));
                latencies[worker].add(System.nanoTime() - t);
                expect(response, 201);
                filed.incrementAndGet();
            }
        });
        line("Intake, %d client(s) (POST /api/cases): %.1f cases/s, %.0f commits/s%s, %.1f commits per case, p95 %.1f ms",
                clients, filed.get() / phase.seconds(), phase.commitsPerSecond(), shareOfCeiling(clients, phase.commitsPerSecond()),
                phase.commitsPerSecond() * phase.seconds() / filed.get(), merged(latencies).percentile(95));
    }

    /** The short path of a case, as an officer works it in Tasklist: 8 tasks from report to closure. */
    private static final List<Map.Entry<String, Map<String, Object>>> SHORT_PATH = List.of(
            Map.entry(CaseOfConcernProcess.TASK_VERIFY_REPORT, Map.of("isDefender", "YES", "linkedToHumanRightsWork", "YES")),
            Map.entry(CaseOfConcernProcess.TASK_ASSESS_RISK, Map.of("threatLevel", "HIGH", "vulnerabilityLevel", "HIGH", "capacityLevel", "LOW",
                    "defenderStatus", "AT_LIBERTY", "sensitive_assessmentNotes", "Men asked the neighbours for the defender")),
            Map.entry(CaseOfConcernProcess.TASK_RECORD_CONSENT, Map.of("consentedActions", List.of("COORDINATION"),
                    "consentAudiences", List.of("PARTNER_MISSIONS"), "consentGivenBy", "DEFENDER", "consentGivenThrough", "IN_PERSON")),
            Map.entry(CaseOfConcernProcess.TASK_PLAN_ACTIONS, Map.of("plannedActionTypes", List.of("COORDINATION"))),
            Map.entry(ActionProcesses.TASK_COORDINATE, Map.of("coordinationForm", "INFORMATION_SHARING",
                    "sensitive_coordinationNotes", "Agreed with two missions")),
            Map.entry(ActionProcesses.TASK_REPORT_TO_HEADQUARTERS, Map.of("reportedOn", "2026-11-23", "sensitive_headquartersReport", "Done")),
            Map.entry(ActionProcesses.TASK_GIVE_FEEDBACK, Map.of("feedbackGivenOn", "2026-11-24", "feedbackChannel", "SECURE_CALL")),
            Map.entry(CaseOfConcernProcess.TASK_REVIEW_CASE, Map.of("reviewDecision", "CLOSE_CASE", "closureOutcome", "NO_LONGER_AT_RISK")));

    private void lifecycle(int port, Http http, JdbcTemplate jdbc, int workers) throws Exception {
        AtomicInteger tasks = new AtomicInteger();
        AtomicInteger cases = new AtomicInteger();
        Latencies[] submits = new Latencies[workers];
        Phase phase = Phase.run(jdbc, workers, (worker, end) -> {
            TasklistClient tasklist = TasklistClient.signIn(port, OFFICER);
            submits[worker] = new Latencies(1_000_000);
            while (System.nanoTime() < end) {
                String reference = TasklistClient.JSON.readTree(expect(http.postJson("/api/cases", OFFICER,
                        CASE_JSON.formatted(defenders.incrementAndGet())), 201).body()).path("reference").asText();
                for (Map.Entry<String, Map<String, Object>> step : SHORT_PATH) {
                    JsonNode task = openTask(tasklist, reference, step.getKey());
                    openForm(tasklist, task.path("id").asText());
                    long t = System.nanoTime();
                    submit(tasklist, task.path("id").asText(), step.getValue());
                    submits[worker].add(System.nanoTime() - t);
                    tasks.incrementAndGet();
                }
                cases.incrementAndGet();
            }
        });
        line("Lifecycle, %d officer(s) in Tasklist (8 tasks per case, each: task list, form, submit-form): %.1f tasks/s, "
                        + "%.2f cases/s, %.0f commits/s%s, submit p50/p95/p99 %s ms", workers, tasks.get() / phase.seconds(),
                cases.get() / phase.seconds(), phase.commitsPerSecond(), shareOfCeiling(workers, phase.commitsPerSecond()),
                merged(submits).summary());
    }

    private static JsonNode openTask(TasklistClient tasklist, String reference, String taskKey) {
        JsonNode tasks = tasklist.get("/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey=" + taskKey);
        if (tasks.size() != 1) {
            throw new IllegalStateException(reference + ": expected one open " + taskKey + ", found " + tasks.size());
        }
        return tasks.get(0);
    }

    /** What Tasklist loads when a task is opened: the form reference, the Camunda form, its variables. */
    private static void openForm(TasklistClient tasklist, String taskId) {
        tasklist.get("/task/" + taskId + "/form");
        tasklist.get("/task/" + taskId + "/deployed-form");
        tasklist.get("/task/" + taskId + "/form-variables");
    }

    /** Exactly what Tasklist's Camunda Forms client posts: {"value": v} for scalars, Json strings for lists. */
    private static void submit(TasklistClient tasklist, String taskId, Map<String, Object> fields) throws Exception {
        ObjectNode variables = TasklistClient.JSON.createObjectNode();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            ObjectNode variable = variables.putObject(field.getKey());
            if (field.getValue() instanceof Collection<?>) {
                variable.put("type", "Json");
                variable.put("value", TasklistClient.JSON.writeValueAsString(field.getValue()));
            } else {
                variable.putPOJO("value", field.getValue());
            }
        }
        ObjectNode body = TasklistClient.JSON.createObjectNode();
        body.set("variables", variables);
        tasklist.post("/task/" + taskId + "/submit-form", body.toString());
    }

    // --- Latency at scale -------------------------------------------------------------------------------

    /** Files threat reports directly through the service (4 threads) until {@code level} cases are open. */
    private void grow(ConfigurableApplicationContext app, JdbcTemplate jdbc, int level) throws Exception {
        CaseFileService cases = app.getBean(CaseFileService.class);
        int open = openCases(jdbc);
        int missing = level - open;
        if (missing <= 0) {
            return;
        }
        List<Caller> officers = missionOfficers(app);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        run(4, worker -> {
            int i;
            while ((i = next.getAndIncrement()) < missing) {
                Caller officer = officers.get((open + i) % officers.size());
                cases.fileThreatReport(officer, new ThreatReport(officer.missions().iterator().next(),
                        new ThreatReport.Defender("Benchmark Person " + defenders.incrementAndGet(), null),
                        new ThreatReport.Threat(ThreatType.JUDICIAL_HARASSMENT, "Summoned", LocalDate.of(2026, 11, 1)),
                        ReportChannel.LIAISON_OFFICER, null));
            }
        });
        System.out.printf("Grew to %d open cases in %.0f s%n", level, (System.nanoTime() - start) / 1e9);
    }

    /** An officer per mission: mission-alpha's, and one for each further mission (created as tenants). */
    private static List<Caller> missionOfficers(ConfigurableApplicationContext app) {
        IdentityService identity = app.getBean(IdentityService.class);
        List<Caller> officers = new ArrayList<>(List.of(OFFICER_ALPHA));
        for (int m = 2; m <= MISSIONS; m++) {
            String mission = "mission-bench-%02d".formatted(m);
            if (identity.createTenantQuery().tenantId(mission).count() == 0) {
                Tenant tenant = identity.newTenant(mission);
                tenant.setName("Benchmark mission " + m);
                identity.saveTenant(tenant);
            }
            officers.add(new Caller("officer.bench-%02d".formatted(m), Set.of("case-officers"), Set.of(mission)));
        }
        return officers;
    }

    private static int openCases(JdbcTemplate jdbc, String mission) {
        return jdbc.queryForObject("SELECT count(*) FROM casework.case_file WHERE closed_at IS NULL AND mission_id = ?", Integer.class,
                mission);
    }

    private static int openCases(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM casework.case_file WHERE closed_at IS NULL", Integer.class);
    }

    private void latencies(int port, Http http, JdbcTemplate jdbc, int level) throws Exception {
        TasklistClient tasklist = TasklistClient.signIn(port, OFFICER);
        JsonNode filters = tasklist.get("/filter?resourceType=Task");
        String openTasksFilter = null;
        for (JsonNode filter : filters) {
            if (filter.path("name").asText().equals(TasklistFilters.OPEN_TASKS) || openTasksFilter == null) {
                openTasksFilter = filter.path("id").asText();
            }
        }
        String filterId = openTasksFilter;
        List<String> verifyTasks = jdbc.queryForList("SELECT id_ FROM act_ru_task WHERE task_def_key_ = 'Task_VerifyReport' "
                + "AND tenant_id_ = 'mission-alpha' ORDER BY create_time_ DESC LIMIT ?", String.class, SAMPLES * 2);
        List<String> references = jdbc.queryForList("SELECT reference FROM casework.case_file WHERE closed_at IS NULL "
                + "AND mission_id = 'mission-alpha' ORDER BY created_at DESC LIMIT ?", String.class, SAMPLES);
        String tasklistList = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
        String dueList = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
        Latencies sidebar = Latencies.of(SAMPLES, i -> tasklist.get("/filter?resourceType=Task&itemCount=true"));
        Latencies count = Latencies.of(SAMPLES, i -> tasklist.get("/filter/" + filterId + "/count"));
        Latencies byCreation = Latencies.of(SAMPLES, i -> tasklist.post("/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                tasklistList));
        Latencies byDue = Latencies.of(SAMPLES, i -> tasklist.post("/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                dueList));
        // Opening a form reads; a submit uses its task up: the mission's newest tasks are submitted, the oldest opened
        // (a small level spread over many missions may hold fewer than 2 x SAMPLES: then fewer submits are timed).
        int submits = Math.min(SAMPLES, verifyTasks.size() / 2);
        List<String> toOpen = verifyTasks.subList(submits, verifyTasks.size());
        Latencies form = Latencies.of(SAMPLES, i -> openForm(tasklist, toOpen.get(i % toOpen.size())));
        Latencies submit = Latencies.of(submits, i -> submit(tasklist, verifyTasks.get(i), SHORT_PATH.get(0).getValue()));
        Latencies escalations = Latencies.of(SAMPLES, i -> expect(http.get("/api/escalations", "supervisor.alpha"), 200));
        Latencies casePage = Latencies.of(SAMPLES, i -> expect(http.get("/api/cases/" + references.get(i % references.size()), OFFICER), 200));
        Latencies caseload = Latencies.of(SAMPLES, i -> expect(http.get("/api/cases", "supervisor.alpha"), 200));
        Latencies urgentCaseload = Latencies.of(SAMPLES, i -> expect(http.get("/api/cases?tier=1&overdue=true", "supervisor.alpha"), 200));
        // The same first page rendered as HTML, on a signed-in session as a browser holds it.
        SessionClient supervisor = SessionClient.signedIn(http, "supervisor.alpha");
        Latencies caseloadPage = Latencies.of(SAMPLES, i -> expect(supervisor.get("/cases"), 200));
        int openTasks = jdbc.queryForObject("SELECT count(*) FROM act_ru_task", Integer.class);
        int alphaTasks = jdbc.queryForObject("SELECT count(*) FROM act_ru_task WHERE tenant_id_ = 'mission-alpha'", Integer.class);
        line("| %,d | %,d | %,d / %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", openCases(jdbc), openTasks,
                openCases(jdbc, "mission-alpha"), alphaTasks, sidebar.summary(), count.summary(),
                byCreation.summary(), byDue.summary(), form.summary(), submit.summary(), escalations.summary(), casePage.summary(),
                caseload.summary(), urgentCaseload.summary(), caseloadPage.summary());
    }

    // --- Escalation burst, memory -----------------------------------------------------------------------

    private void burst(ConfigurableApplicationContext app, JdbcTemplate jdbc) throws Exception {
        ProcessEngineConfigurationImpl engine = app.getBean(ProcessEngineConfigurationImpl.class);
        engine.getJobExecutor().shutdown();
        String reference = app.getBean(CaseFileService.class).fileThreatReport(OFFICER_ALPHA, new ThreatReport("mission-alpha",
                new ThreatReport.Defender("Benchmark Person " + defenders.incrementAndGet(), null),
                new ThreatReport.Threat(ThreatType.ARREST, "Benchmark", LocalDate.of(2026, 11, 1)), ReportChannel.WALK_IN, null));
        // Ids of this run's burst only: a database reused from an earlier run keeps that run's escalations.
        String burstId = "burst-" + Long.toString(System.currentTimeMillis(), 36);
        // Each escalation opens a handling task in its watch: the engine's task events, once their transaction
        // has committed, say when all are open. Level 1 fell due an hour ago, level 2 is not due.
        Set<String> watches = ConcurrentHashMap.newKeySet();
        CountDownLatch handlingTasks = new CountDownLatch(BURST);
        OverdueWatches.countHandlingTasks(app, watches, handlingTasks);
        OverdueWatches.start(app, reference, burstId, BURST, Instant.now().minus(Duration.ofHours(1)), watches);
        long start = System.nanoTime();
        engine.getJobExecutor().start();
        boolean all = handlingTasks.await(15, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        engine.getJobExecutor().shutdown(); // waits for the running jobs, so that every escalation is committed
        long escalated = jdbc.queryForObject("SELECT count(DISTINCT task_id) FROM casework.escalation WHERE level = 1 "
                + "AND task_id LIKE ?", Long.class, burstId + "-%");
        long rows = jdbc.queryForObject("SELECT count(*) FROM casework.escalation WHERE level = 1 AND task_id LIKE ?", Long.class,
                burstId + "-%");
        if (!all) {
            line("Escalation burst: not finished within 15 minutes");
        }
        line("Escalation burst: %,d overdue tasks escalated in %.1f s (%.0f/s), %d duplicates", escalated, seconds,
                escalated / seconds, rows - escalated);
    }

    private void memory() throws Exception {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> l.replaceAll("\\D", "")).findFirst().map(kb -> Long.parseLong(kb) / 1024 + " MiB").orElse("n/a");
        line("After the load: heap in use after a full GC %d MiB, resident memory of the JVM %s", heap >> 20, rss);
    }

    // --- Helpers ----------------------------------------------------------------------------------------

    private static long commits(JdbcTemplate jdbc) {
        jdbc.execute("SELECT pg_stat_clear_snapshot()");
        return jdbc.queryForObject("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()", Long.class);
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri().getPath() + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static Latencies merged(Latencies[] parts) {
        Latencies all = new Latencies(1_000_000);
        for (Latencies part : parts) {
            part.copyInto(all);
        }
        return all;
    }

    /** A throughput phase: {@code workers} threads for {@link #PHASE_SECONDS}, with the database's commits meanwhile. */
    private record Phase(double seconds, double commitsPerSecond) {

        @FunctionalInterface
        interface Work {
            void run(int worker, long endNanos) throws Exception;
        }

        static Phase run(JdbcTemplate jdbc, int workers, Work work) throws Exception {
            long commitsBefore = commits(jdbc);
            long start = System.nanoTime();
            long end = start + PHASE_SECONDS * 1_000_000_000L;
            ScaleBenchmark.run(workers, worker -> work.run(worker, end));
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Phase(seconds, (commits(jdbc) - commitsBefore) / seconds);
        }
    }

    @FunctionalInterface
    private interface Worker {
        void run(int worker) throws Exception;
    }

    private static void run(int threads, Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    worker.run(index);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        figures.append(text).append('\n');
        System.out.println(text);
    }
}
