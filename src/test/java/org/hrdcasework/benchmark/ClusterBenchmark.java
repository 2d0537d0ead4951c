package org.hrdcasework.benchmark;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.hrdcasework.HrdCaseworkApplication;
import org.hrdcasework.Http;
import org.hrdcasework.TestUsers;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.cases.ReportChannel;
import org.hrdcasework.cases.ThreatReport;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.escalation.OverdueWatches;
import org.hrdcasework.system.database.ExternalPostgres;
import org.hrdcasework.system.security.Caller;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: the cluster benchmark (run with {@code ./mvnw -Pbenchmark verify -Dtest=ClusterBenchmark}).
 * Two nodes on one PostgreSQL server of their own, as a deployment's external one: node a in the
 * benchmark's JVM, node b the same application in a Java process of its own, each with its job
 * executor as application.yaml configures it. It measures the delay from an escalation falling due
 * to its firing (recorded in the escalation itself: {@code fired_at - due_at}):
 * <ol>
 *   <li>on an idle cluster, escalations falling due one by one, every half second;</li>
 *   <li>the same while officers work both nodes (intake and caseload over HTTP);</li>
 *   <li>a burst falling due at one moment, with each node's share;</li>
 *   <li>a burst during which node b is killed with SIGKILL (kill -9) while it holds jobs, with the
 *   time until node a has finished the jobs the dead node held.</li>
 * </ol>
 * Prints the figures and writes them to {@code target/benchmark/cluster-<date>.md}.
 */
@Tag("benchmark")
class ClusterBenchmark {

    /** Escalations falling due one by one in the idle and loaded phases, every {@link #SPACING}. */
    private static final int SPREAD = Integer.getInteger("benchmark.cluster.spread", 120);
    private static final Duration SPACING = Duration.ofMillis(500);
    /** Escalations falling due at one moment in the burst and fail-over phases. */
    private static final int BURST = Integer.getInteger("benchmark.cluster.burst", 2000);
    /** Officers working each node during the loaded phase. */
    private static final int OFFICERS_PER_NODE = 2;
    /** The mission and officer the benchmark creates (the demo profile refuses an external database). */
    private static final String MISSION = "mission-bench";
    private static final String OFFICER = "officer.bench";
    private static final String PASSWORD = "Bench-Passw0rd!2026";
    private static final Caller OFFICER_BENCH = new Caller(OFFICER, Set.of(Roles.CASE_OFFICERS), Set.of(MISSION));
    private static final String CASE_JSON = """
            {"mission": "mission-bench",
             "defender": {"fullName": "Cluster Benchmark Person %d", "contact": "+000 555 0101"},
             "threat": {"type": "JUDICIAL_HARASSMENT", "description": "Summoned for questioning", "occurredOn": "2026-11-20"},
             "channel": "LIAISON_OFFICER"}
            """;

    private final StringBuilder figures = new StringBuilder();
    /** Lines printed below the table. */
    private final List<String> notes = new ArrayList<>();
    private final AtomicInteger defenders = new AtomicInteger();
    private Path directory;

    @Test
    void cluster() throws Exception {
        directory = Files.createTempDirectory("hrd-cluster");
        line("# Cluster benchmark, %s", Instant.now());
        line("");
        line("Settings given to both nodes: %s", System.getProperty("benchmark.args", "none"));
        line("Machine: %d cores, %d MiB memory, Java %s. Two nodes on one PostgreSQL server: node a in the benchmark's JVM, "
                        + "node b a Java process of its own.", Runtime.getRuntime().availableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 20,
                System.getProperty("java.version"));
        try (ExternalPostgres database = ExternalPostgres.start(directory.resolve("postgres"))) {
            long started = System.nanoTime();
            ConfigurableApplicationContext a = new SpringApplicationBuilder(HrdCaseworkApplication.class)
                    .run(arguments(database, "a", 0).toArray(String[]::new));
            line("Node a up (new schema, deployments): %.1f s", (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            int portB = freePort();
            Process b = startProcess(database, portB);
            try {
                line("Node b up on the same database: %.1f s", (System.nanoTime() - started) / 1e9);
                JobExecutor executor = a.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor();
                line("Job executors as in application.yaml: max wait %d ms, lock time %d ms, up to %d jobs per acquisition.",
                        executor.getMaxWait(), executor.getLockTimeInMillis(), executor.getMaxJobsPerAcquisition());
                line("");
                TestUsers.caseOfficer(a.getBean(IdentityService.class), MISSION, OFFICER, PASSWORD);
                String reference = a.getBean(CaseFileService.class).fileThreatReport(OFFICER_BENCH, new ThreatReport(MISSION,
                        new ThreatReport.Defender("Cluster Benchmark Person 0", null),
                        new ThreatReport.Threat(ThreatType.ARREST, "Benchmark", LocalDate.of(2026, 11, 1)), ReportChannel.WALK_IN, null));
                line("## Escalation delay after falling due (s)");
                line("");
                line("| phase | escalated | by node a / node b | p50 | p95 | max | last fired, after the first fell due |");
                line("|---|---|---|---|---|---|---|");
                spread(a, reference, "idle", "idle cluster, one due every " + SPACING.toMillis() + " ms");
                try (Officers officers = new Officers(port(a), portB)) {
                    spread(a, reference, "loaded", "loaded cluster, one due every " + SPACING.toMillis() + " ms");
                    officers.report();
                }
                burst(a, reference, "burst", null);
                burst(a, reference, "failover", b);
                line("");
                notes.forEach(this::line);
            } finally {
                b.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
                a.close();
            }
        } finally {
            write();
        }
    }

    /** {@link #SPREAD} escalations falling due one every {@link #SPACING}, from 15 s on. */
    private void spread(ConfigurableApplicationContext a, String reference, String phase, String label) throws Exception {
        Instant first = Instant.now().plusSeconds(15);
        String prefix = phase + "-" + Long.toString(System.currentTimeMillis(), 36);
        Set<String> watches = ConcurrentHashMap.newKeySet();
        AtomicInteger byA = OverdueWatches.countHandlingTasks(a, watches, new CountDownLatch(SPREAD));
        OverdueWatches.start(a, reference, prefix, SPREAD, i -> first.plus(SPACING.multipliedBy(i)), watches);
        setUpBefore(first, phase);
        awaitEscalations(a, prefix, SPREAD, SPACING.multipliedBy(SPREAD).plusMinutes(2));
        row(a, label, prefix, SPREAD, byA.get(), first);
    }

    /**
     * {@link #BURST} escalations falling due at one moment, 45 s on. With a node to kill: it is
     * killed with SIGKILL as soon as it holds some of the burst's jobs, and the time until node a
     * has finished the jobs it held is measured.
     */
    private void burst(ConfigurableApplicationContext a, String reference, String phase, Process toKill) throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        Instant due = Instant.now().plusSeconds(45);
        String prefix = phase + "-" + Long.toString(System.currentTimeMillis(), 36);
        Set<String> watches = ConcurrentHashMap.newKeySet();
        AtomicInteger byA = OverdueWatches.countHandlingTasks(a, watches, new CountDownLatch(BURST));
        OverdueWatches.start(a, reference, prefix, BURST, due, watches);
        setUpBefore(due, phase);
        if (toKill == null) {
            awaitEscalations(a, prefix, BURST, Duration.ofMinutes(10));
            row(a, "burst, all due at once", prefix, BURST, byA.get(), due);
            return;
        }

        // Node b's lock owner: any owner of the burst's jobs but node a's.
        String[] ids = watches.toArray(String[]::new);
        String nodeA = a.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor().getLockOwner();
        List<String> owners = List.of();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (owners.isEmpty() && System.nanoTime() < deadline) {
            owners = jdbc.queryForList("""
                    SELECT DISTINCT lock_owner_ FROM act_ru_job WHERE process_instance_id_ = ANY (?)
                    AND lock_owner_ <> ? AND lock_exp_time_ > now()""", String.class, ids, nodeA);
        }
        if (owners.isEmpty()) {
            notes.add("Fail-over: node b held none of the burst's jobs within 2 minutes; not measured.");
            return;
        }
        toKill.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        Instant killed = Instant.now();
        String[] held = jdbc.queryForList("SELECT id_ FROM act_ru_job WHERE lock_owner_ = ?", String.class, owners.get(0))
                .toArray(String[]::new);
        long doneAtKill = escalations(jdbc, prefix);
        Instant[] retaken = new Instant[2];
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
                long left = jdbc.queryForObject("SELECT count(*) FROM act_ru_job WHERE id_ = ANY (?)", Long.class, (Object) held);
                if (retaken[0] == null && left < held.length) {
                    retaken[0] = Instant.now();
                }
                return left == 0;
            });
            retaken[1] = Instant.now();
        } catch (ConditionTimeoutException notRetaken) {
            // reported below
        }
        awaitEscalations(a, prefix, BURST, Duration.ofMinutes(10));
        row(a, "burst, node b killed (kill -9) during it", prefix, BURST, byA.get(), due);
        notes.add(String.format("Fail-over: node b was killed %.1f s after the burst fell due, holding %d jobs, with %d of %d escalated. "
                        + "Node a took the first of the dead node's jobs %s and had finished them all %s after the kill. "
                        + "Escalations recorded twice: %d.",
                Duration.between(due, killed).toMillis() / 1000.0, held.length, doneAtKill, BURST,
                seconds(killed, retaken[0]), seconds(killed, retaken[1]),
                jdbc.queryForObject("SELECT count(*) - count(DISTINCT (task_id, level)) FROM casework.escalation WHERE task_id LIKE ?",
                        Long.class, prefix + "-%")));
    }

    private static String seconds(Instant from, Instant to) {
        return to == null ? "(not within 5 minutes)" : String.format("%.1f s", Duration.between(from, to).toMillis() / 1000.0);
    }

    private void setUpBefore(Instant due, String phase) {
        if (Instant.now().isAfter(due)) {
            notes.add(phase + ": setting up took longer than planned; the first escalations fell due during the set-up.");
        }
    }

    private static long escalations(JdbcTemplate jdbc, String prefix) {
        return jdbc.queryForObject("SELECT count(*) FROM casework.escalation WHERE level = 1 AND task_id LIKE ?", Long.class, prefix + "-%");
    }

    /** Waits for the escalations (a shortfall shows in the table). */
    private static void awaitEscalations(ConfigurableApplicationContext a, String prefix, int count, Duration atMost) {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> escalations(jdbc, prefix) >= count);
        } catch (ConditionTimeoutException shortfall) {
            // shown in the table's "escalated" column
        }
    }

    /** A row of the table, from the escalations themselves: fired_at - due_at. */
    private void row(ConfigurableApplicationContext a, String label, String prefix, int count, int byA, Instant firstDue) {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        List<Double> delays = jdbc.queryForList("""
                SELECT extract(epoch FROM fired_at - due_at)::float8 FROM casework.escalation
                WHERE level = 1 AND task_id LIKE ? ORDER BY 1""", Double.class, prefix + "-%");
        if (delays.isEmpty()) {
            line("| %s | 0 of %d | | | | | |", label, count);
            return;
        }
        Double last = jdbc.queryForObject("""
                SELECT extract(epoch FROM max(fired_at) - ?)::float8 FROM casework.escalation
                WHERE level = 1 AND task_id LIKE ?""", Double.class, Timestamp.from(firstDue), prefix + "-%");
        line("| %s | %d of %d | %d / %d | %.2f | %.2f | %.2f | %.1f s |", label, delays.size(), count, byA, delays.size() - byA,
                percentile(delays, 50), percentile(delays, 95), delays.get(delays.size() - 1), last);
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // --- The two nodes ----------------------------------------------------------------------------------

    private List<String> arguments(ExternalPostgres database, String node, int port) {
        List<String> arguments = database.applicationArguments();
        arguments.addAll(List.of("--hrd.data-directory=" + directory.resolve("node-" + node), "--server.port=" + port,
                "--hrd.reporting.start-cycles-at-startup=false",
                "--logging.level.root=WARN"));
        String extra = System.getProperty("benchmark.args", "");
        if (!extra.isBlank()) {
            arguments.addAll(List.of(extra.trim().split("\\s+")));
        }
        return arguments;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Node b: the application in a Java process of its own, its output in target/benchmark. Its
     * classpath is this JVM's without the test classes (their beans and models are the tests' own).
     */
    private Process startProcess(ExternalPostgres database, int port) throws Exception {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", classpath, HrdCaseworkApplication.class.getName()));
        command.addAll(arguments(database, "b", port));
        Path log = Path.of("target/benchmark/cluster-node-b.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Http http = new Http(port);
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .failFast("node b stopped at start-up; see " + log.toAbsolutePath(), () -> !process.isAlive())
                    .until(() -> http.get("/actuator/health", null).statusCode() == 200);
        } catch (ConditionTimeoutException notUp) {
            process.destroyForcibly();
            throw new IllegalStateException("node b did not come up within 5 minutes; see " + log.toAbsolutePath(), notUp);
        }
        return process;
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /**
     * Officers working both nodes while the loaded phase runs: each files a threat report and reads
     * the caseload's first page in turn, as fast as the node answers.
     */
    private final class Officers implements AutoCloseable {

        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final List<Future<?>> work = new ArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Latencies intake = new Latencies(1_000_000);
        private final Latencies caseload = new Latencies(1_000_000);
        private final AtomicInteger failures = new AtomicInteger();
        private final long started = System.nanoTime();

        Officers(int... ports) {
            for (int port : ports) {
                Http http = new Http(port);
                for (int officer = 0; officer < OFFICERS_PER_NODE; officer++) {
                    work.add(threads.submit(() -> {
                        while (running.get()) {
                            long t = System.nanoTime();
                            record(intake, t, http.postJson("/api/cases", OFFICER, PASSWORD, CASE_JSON.formatted(defenders.incrementAndGet())), 201);
                            t = System.nanoTime();
                            record(caseload, t, http.get("/api/cases", OFFICER, PASSWORD), 200);
                        }
                        return null;
                    }));
                }
            }
        }

        private synchronized void record(Latencies latencies, long startNanos, HttpResponse<String> response, int expected) {
            latencies.add(System.nanoTime() - startNanos);
            if (response.statusCode() != expected) {
                failures.incrementAndGet();
            }
        }

        synchronized void report() {
            notes.add(String.format("Load during the loaded phase: %d officers on each node for %.0f s filed %d threat reports "
                            + "(POST /api/cases, p50 / p95 / p99 %s ms) and read the caseload %d times (GET /api/cases, %s ms); "
                            + "%d requests failed.", OFFICERS_PER_NODE, (System.nanoTime() - started) / 1e9, intake.size(),
                    intake.summary(), caseload.size(), caseload.summary(), failures.get()));
        }

        @Override
        public void close() throws Exception {
            running.set(false);
            for (Future<?> future : work) {
                future.get(2, TimeUnit.MINUTES);
            }
            threads.shutdown();
        }
    }

    private void line(String format, Object... arguments) {
        String text = arguments.length == 0 ? format : String.format(format, arguments);
        figures.append(text).append('\n');
        System.out.println(text);
    }

    private void write() throws IOException {
        Path file = Path.of("target/benchmark/cluster-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, figures);
        System.out.println("\nWritten to " + file.toAbsolutePath());
    }
}
