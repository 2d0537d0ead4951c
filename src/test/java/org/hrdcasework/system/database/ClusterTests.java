package org.hrdcasework.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.hrdcasework.HrdCaseworkApplication;
import org.hrdcasework.Http;
import org.hrdcasework.SessionClient;
import org.hrdcasework.TestUsers;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ReportChannel;
import org.hrdcasework.cases.ThreatReport;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.escalation.OverdueWatches;
import org.hrdcasework.system.security.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * More than one node on one PostgreSQL (docs/operations.md): two applications in this JVM, each
 * with its own engine and job executor, on a separately started server that can be stopped. They
 * start together on an empty database, share an overdue burst with each escalation recorded once,
 * finish the jobs a dead node held once its lock runs out, and answer 503 at once while the
 * database is gone, recovering by themselves.
 */
@Tag("own-application")
class ClusterTests {

    private static final int BURST = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MISSION = "mission-cluster";
    private static final String OFFICER_ID = "officer.cluster";
    private static final String OFFICER_PASSWORD = "Cluster-Passw0rd!2026";
    private static final Caller OFFICER = new Caller(OFFICER_ID, Set.of("case-officers"), Set.of(MISSION));
    private static final String CASE_JSON = """
            {"mission": "mission-cluster",
             "defender": {"fullName": "Cluster Person %d", "contact": "+000 555 0101"},
             "threat": {"type": "JUDICIAL_HARASSMENT", "description": "Summoned for questioning", "occurredOn": "2026-11-20"},
             "channel": "LIAISON_OFFICER"}
            """;

    @TempDir
    Path directory;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private ExternalPostgres database;

    @AfterEach
    void stop() throws Exception {
        nodes.forEach(ConfigurableApplicationContext::close);
        if (database != null) {
            database.close();
        }
    }

    @Test
    void twoNodesStartedTogetherOnAnEmptyDatabaseBothComeUpWithOneSchemaAndOneOfEachStartUpRecord() throws Exception {
        database = ExternalPostgres.start(directory.resolve("postgres"));

        // Spring Boot sets up logging once per JVM, not thread-safely: node b starts once node a's is done,
        // and both then build their engines (schema, deployments, start-up records) at the same time.
        CountDownLatch loggingReady = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(() -> start("a", false, loggingReady));
        assertThat(loggingReady.await(1, TimeUnit.MINUTES)).isTrue();
        CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> start("b", false));
        nodes.add(a.get(5, TimeUnit.MINUTES));
        nodes.add(b.get(5, TimeUnit.MINUTES));

        JdbcTemplate jdbc = nodes.get(0).getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList("SELECT key_ FROM act_re_procdef GROUP BY key_, tenant_id_ HAVING count(*) > 1", String.class))
                .as("each model deployed once").isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM act_id_user WHERE id_ = 'chief'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT name_ FROM act_ru_filter GROUP BY name_, owner_ HAVING count(*) > 1", String.class))
                .as("Tasklist filters made once").isEmpty();
        for (ConfigurableApplicationContext node : nodes) {
            assertThat(new Http(port(node)).get("/actuator/health", null).statusCode()).isEqualTo(200);
        }

        // No sticky sessions: signed in on a, the same browser is signed in on b (pages and /api from
        // them; the webapps read the same signed-in context, SpringSecurityWebappAuthentication), and
        // signing out on b ends the session on a too.
        SessionClient onA = new SessionClient(new Http(port(nodes.get(0))));
        assertThat(onA.signIn("chief", "S3cure!Passw0rd").headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        SessionClient onB = onA.on(new Http(port(nodes.get(1))));
        HttpResponse<String> workspace = onB.get("/");
        assertThat(workspace.statusCode()).isEqualTo(200);
        assertThat(onB.getJson("/api/audit?limit=1").statusCode()).isEqualTo(200);
        // The webapps take the same session: Tasklist opens and knows the user (each node's engine
        // has a name of its own in this JVM).
        String engineB = nodes.get(1).getBean(ProcessEngine.class).getName();
        assertThat(onB.get("/camunda/app/tasklist/" + engineB + "/").statusCode()).as("Tasklist on b").isEqualTo(200);
        HttpResponse<String> webappUser = onB.getJson("/camunda/api/admin/auth/user/" + engineB);
        assertThat(webappUser.statusCode()).isEqualTo(200);
        assertThat(webappUser.body()).contains("\"userId\":\"chief\"");
        assertThat(onB.postForm("/logout", "_csrf=" + SessionClient.hiddenCsrf(workspace.body())).statusCode()).isEqualTo(302);
        assertThat(onA.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        String tasklistA = "/camunda/app/tasklist/" + nodes.get(0).getBean(ProcessEngine.class).getName() + "/";
        assertThat(onA.get(tasklistA).headers().firstValue("Location").orElseThrow()).as("Tasklist signed out on a too").endsWith("/login");
    }

    @Test
    void anOverdueBurstIsEscalatedOnceWithBothNodesWorkingAndADeadNodesJobsAreRetakenAfterItsLock() throws Exception {
        database = ExternalPostgres.start(directory.resolve("postgres"));
        ConfigurableApplicationContext a = start("a", true);
        nodes.add(a);
        ConfigurableApplicationContext b = start("b", true);
        nodes.add(b);
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        String reference = a.getBean(CaseFileService.class).fileThreatReport(OFFICER, new ThreatReport("mission-cluster",
                new ThreatReport.Defender("Cluster Person", null),
                new ThreatReport.Threat(ThreatType.ARREST, "Cluster", LocalDate.of(2026, 11, 1)), ReportChannel.WALK_IN, null));

        // The burst: tier-1 work whose level-1 deadline (2 h after creation) falls due in 30 s, all at
        // once, on two idle nodes.
        Set<String> watches = ConcurrentHashMap.newKeySet();
        CountDownLatch escalated = new CountDownLatch(BURST);
        AtomicInteger byA = OverdueWatches.countHandlingTasks(a, watches, escalated);
        AtomicInteger byB = OverdueWatches.countHandlingTasks(b, watches, escalated);
        Instant due = Instant.now().plusSeconds(30);
        OverdueWatches.start(a, reference, "burst", BURST, due, watches);
        assertThat(Instant.now()).as("the burst was set up before it fell due").isBefore(due);

        assertThat(escalated.await(3, TimeUnit.MINUTES)).as("all %d escalated", BURST).isTrue();
        Duration burst = Duration.between(due, Instant.now());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.escalation WHERE task_id LIKE 'burst-%'", Long.class))
                .as("one escalation per overdue task").isEqualTo(BURST);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT task_id) FROM casework.escalation WHERE task_id LIKE 'burst-%'", Long.class))
                .isEqualTo(BURST);
        assertThat(byA.get() + byB.get()).as("one handling task per escalation").isEqualTo(BURST);
        assertThat(byA.get()).as("node a worked").isPositive();
        assertThat(byB.get()).as("node b worked").isPositive();
        List<Double> delays = jdbc.queryForList("""
                SELECT extract(epoch FROM fired_at - due_at) FROM casework.escalation WHERE task_id LIKE 'burst-%'
                ORDER BY 1""", Double.class);
        System.out.printf("Burst of %d on two nodes: all escalated %d ms after falling due (node a %d, node b %d); "
                        + "delay after due p50 %.1f s, p95 %.1f s, first %.1f s%n", BURST, burst.toMillis(), byA.get(), byB.get(),
                delays.get(delays.size() / 2), delays.get(delays.size() * 95 / 100), delays.get(0));
        assertThat(delays.get(0)).as("the first escalation within a few seconds of falling due").isLessThan(5.0);

        // A node dies holding jobs: its rows stay locked to it until the lock time runs out, then the
        // other node takes them. Node b's executor stops; the jobs are locked as a dead node leaves them.
        b.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor().shutdown();
        ProcessEngineConfigurationImpl engineA = a.getBean(ProcessEngineConfigurationImpl.class);
        engineA.getJobExecutor().shutdown();
        Set<String> orphans = ConcurrentHashMap.newKeySet();
        CountDownLatch retaken = new CountDownLatch(20);
        OverdueWatches.countHandlingTasks(a, orphans, retaken);
        OverdueWatches.start(a, reference, "orphan", 20, Instant.now().minusSeconds(60), orphans);
        long lockMillis = engineA.getJobExecutor().getLockTimeInMillis();
        assertThat(jdbc.update("""
                UPDATE act_ru_job SET lock_owner_ = 'node-killed', lock_exp_time_ = now() + make_interval(secs => ?)
                WHERE process_instance_id_ = ANY (?::varchar[])""", lockMillis / 1000.0, "{" + String.join(",", orphans) + "}"))
                .isEqualTo(20);
        Instant died = Instant.now();
        engineA.getJobExecutor().start();

        assertThat(retaken.await(lockMillis + 30_000, TimeUnit.MILLISECONDS)).as("the dead node's jobs finished").isTrue();
        Duration failover = Duration.between(died, Instant.now());
        assertThat(failover).as("not before the lock ran out").isGreaterThanOrEqualTo(Duration.ofMillis(lockMillis - 1000));
        assertThat(failover).as("within a minute").isLessThan(Duration.ofMinutes(1));
        System.out.printf("Jobs of a dead node retaken after %d ms (lock time %d ms)%n", failover.toMillis(), lockMillis);
    }

    @Test
    void theDatabaseStoppedAndRestartedUnderLoadLosesNothingRefusesFastAndTheNodeRecoversByItself() throws Exception {
        database = ExternalPostgres.start(directory.resolve("postgres"));
        ConfigurableApplicationContext node = start("a", false);
        nodes.add(node);
        TestUsers.caseOfficer(node.getBean(IdentityService.class), MISSION, OFFICER_ID, OFFICER_PASSWORD);
        Http http = new Http(port(node));
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);

        // Four officers file threat reports without pause (their Basic sign-in is remembered by
        // SignInCache, so it needs no database) while the database stops and starts again.
        List<Answer> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger defenders = new AtomicInteger();
        ExecutorService officers = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int officer = 0; officer < 4; officer++) {
            work.add(officers.submit(() -> {
                while (running.get()) {
                    long started = System.nanoTime();
                    HttpResponse<String> response = http.postJson("/api/cases", OFFICER_ID, OFFICER_PASSWORD, CASE_JSON.formatted(
                            defenders.incrementAndGet()));
                    answers.add(new Answer(Instant.now(), response.statusCode(), Duration.ofNanos(System.nanoTime() - started),
                            response.body()));
                }
                return null;
            }));
        }
        try {
            await().atMost(Duration.ofMinutes(1)).until(() -> count(answers, 201) >= 20);
            database.stop();
            Instant stopped = Instant.now();
            await("refusals while the database is gone").atMost(Duration.ofSeconds(30)).until(() -> count(answers, 503) >= 20);
            Instant health = Instant.now();
            assertThat(http.get("/actuator/health", null).statusCode()).isEqualTo(503);
            assertThat(Duration.between(health, Instant.now())).as("health DOWN at once").isLessThan(Duration.ofSeconds(3));

            database.restart();
            Instant restarted = Instant.now();
            await("the node recovers by itself").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> http.get("/actuator/health", null).statusCode() == 200);
            Duration recovered = Duration.between(restarted, Instant.now());
            long filedBeforeRestart = answers.stream().filter(a -> a.status() == 201 && a.at().isBefore(restarted)).count();
            await("filing again").atMost(Duration.ofSeconds(30)).until(() -> count(answers, 201) >= filedBeforeRestart + 20);
            running.set(false);
            for (Future<?> officer : work) {
                officer.get(1, TimeUnit.MINUTES);
            }

            List<Answer> refused = answers.stream().filter(answer -> answer.status() != 201).toList();
            assertThat(refused).as("every answer a 201 or a 503").allSatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.body()).contains("The database is unavailable");
                assertThat(answer.took()).as("refused fast").isLessThan(Duration.ofSeconds(4));
            });
            Duration slowest = refused.stream().map(Answer::took).max(Duration::compareTo).orElseThrow();
            System.out.printf("Database stopped under load: %d refused (503, slowest after %d ms), %d filed; health UP %d ms after "
                            + "the restart%n", refused.size(), slowest.toMillis(), count(answers, 201), recovered.toMillis());
            assertThat(stopped).isBefore(restarted);
        } finally {
            running.set(false);
            officers.shutdownNow();
        }

        // Nothing lost: every report answered 201 is there with its process. Nothing half-written:
        // every case row has its process instance. A request whose commit reached the database just
        // as the connection was cut may be stored though refused (at most one per officer).
        List<String> filed = answers.stream().filter(answer -> answer.status() == 201)
                .map(answer -> reference(answer.body())).toList();
        List<String> stored = jdbc.queryForList("SELECT reference FROM casework.case_file WHERE mission_id = ?", String.class, MISSION);
        assertThat(stored).containsAll(filed);
        assertThat(stored.size()).isBetween(filed.size(), filed.size() + 4);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM casework.case_file c WHERE c.mission_id = ? AND NOT EXISTS (
                  SELECT 1 FROM act_ru_execution e WHERE e.business_key_ = c.reference AND e.parent_id_ IS NULL)""", Long.class, MISSION))
                .as("every stored case has its process").isZero();
    }

    private record Answer(Instant at, int status, Duration took, String body) {
    }

    private static String reference(String filed) {
        try {
            return JSON.readTree(filed).path("reference").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(List<Answer> answers, int status) {
        return answers.stream().filter(answer -> answer.status() == status).count();
    }

    @Test
    void restoreDrillAPgDumpRestoredOnANewServerStartsANodeWithEveryCaseItsProcessAndItsIdentity() throws Exception {
        database = ExternalPostgres.startForRestoreDrill(directory.resolve("postgres"));
        ConfigurableApplicationContext before = start("a", false);
        String reference = before.getBean(CaseFileService.class).fileThreatReport(OFFICER, new ThreatReport("mission-cluster",
                new ThreatReport.Defender("Restored Person", null),
                new ThreatReport.Threat(ThreatType.ARREST, "Drill", LocalDate.of(2026, 11, 1)), ReportChannel.WALK_IN, null));

        // The nightly copy of docs/operations.md, taken while the node runs (one consistent snapshot).
        Path dump = directory.resolve("hrdcasework.dump");
        database.runClient("pg_dump", "hrd_owner", ExternalPostgres.OWNER_PASSWORD, "-Fc", "-d", "hrdcasework", "-f", dump.toString());
        before.close();

        // The server is lost. The copy is restored on a new server, as docs/operations.md says: an
        // empty database with the roles, pg_restore, the roles script again for the rights.
        ExternalPostgres lost = database;
        database = ExternalPostgres.startForRestoreDrill(directory.resolve("restored"));
        lost.close();
        database.runClient("pg_restore", "postgres", "", "--no-owner", "--role=hrd_owner", "-d", "hrdcasework", dump.toString());
        database.runClient("psql", "postgres", "", "-v", "ON_ERROR_STOP=1", "-d", "hrdcasework",
                "-v", "owner_password=" + ExternalPostgres.OWNER_PASSWORD, "-v", "app_password=" + ExternalPostgres.APP_PASSWORD,
                "-f", "docker/initdb/hrd-roles.psql");
        ConfigurableApplicationContext after = start("b", false);
        nodes.add(after);

        JdbcTemplate jdbc = after.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.case_file WHERE reference = ?", Long.class, reference))
                .isEqualTo(1);
        assertThat(after.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceBusinessKey(reference).processDefinitionKey(CaseOfConcernProcess.KEY).count()).isEqualTo(1);
        assertThat(after.getBean(CaseFileService.class).revealIdentity(OFFICER, reference, "Restore drill")
                .identity().fullName()).as("the identity decrypts with the same data key").isEqualTo("Restored Person");
        assertThat(jdbc.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'", String.class))
                .as("the engine's tables belong to the application again").containsExactly("hrd_app");
        assertThat(new Http(port(after)).get("/api/audit?limit=1", "chief", "S3cure!Passw0rd").statusCode()).isEqualTo(200);
    }

    private ConfigurableApplicationContext start(String name, boolean jobExecutor) {
        return start(name, jobExecutor, new CountDownLatch(1));
    }

    private ConfigurableApplicationContext start(String name, boolean jobExecutor, CountDownLatch prepared) {
        List<String> arguments = database.applicationArguments();
        arguments.addAll(List.of("--hrd.data-directory=" + directory.resolve("node-" + name), "--server.port=0",
                "--camunda.bpm.job-execution.enabled=" + jobExecutor,
                "--hrd.reporting.start-cycles-at-startup=false",
                // Each node has an engine of its own in this JVM; the webapps' static state is not used here.
                "--camunda.bpm.generate-unique-process-engine-name=true"));
        return new SpringApplicationBuilder(HrdCaseworkApplication.class)
                .listeners((ApplicationListener<ApplicationPreparedEvent>) event -> prepared.countDown())
                .run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }
}
