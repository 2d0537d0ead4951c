package org.hrdcasework.system.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Metrics of the work (Prometheus: {@code /actuator/prometheus}, docs/operations.md): open cases,
 * open and overdue tasks, open escalations, the time from incident to first action, and the job
 * executor's health. Computed by a few aggregate queries every {@code hrd.metrics.refresh-interval}
 * (30 s) and kept in memory, so a scrape never reaches the database. Labels are mission ids,
 * stages, tiers, levels and incident types only: never a reference, code name or anything of a
 * defender.
 */
@Component
public class WorkMetrics {

    private static final Logger log = LoggerFactory.getLogger(WorkMetrics.class);
    /** Cases whose first action started this long ago at most make the incident-to-action figures. */
    static final Duration FIRST_ACTION_WINDOW = Duration.ofDays(90);

    private static final String OPEN_CASES = """
            SELECT mission_id, stage, caseload_tier AS tier, count(*) AS n
            FROM casework.case_file WHERE stage <> 'CLOSED' GROUP BY mission_id, stage, caseload_tier""";
    /**
     * A task belongs to a case when its process instance's business key is the case's reference (the
     * case's process, its actions, their called processes and escalation watches); the others
     * (relationships, engagements, reports...) count under the stage NONE. The engine's due dates
     * have no time zone: the parameter is written in the JVM's zone, as the engine writes them.
     */
    private static final String TASKS = """
            SELECT COALESCE(t.tenant_id_, 'none') AS mission, COALESCE(c.stage, 'NONE') AS stage,
                   count(*) AS open, count(*) FILTER (WHERE t.due_date_ < ?) AS overdue
            FROM public.act_ru_task t
            JOIN public.act_ru_execution e ON e.id_ = t.proc_inst_id_
            LEFT JOIN casework.case_file c ON c.reference = e.business_key_ AND c.mission_id = t.tenant_id_
            GROUP BY 1, 2""";
    private static final String OPEN_ESCALATIONS = """
            SELECT mission_id, level, count(*) AS n FROM casework.escalation
            WHERE resolved_at IS NULL GROUP BY mission_id, level""";
    /** Hours from the incident's day (00:00 UTC) to the start of the case's first action. */
    private static final String FIRST_ACTIONS = """
            SELECT mission_id, count(*) AS n,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) AS p90
            FROM (SELECT c.mission_id,
                         extract(epoch FROM min(a.started_at) - (c.threat_occurred_on::timestamp AT TIME ZONE 'UTC')) / 3600.0 AS hours
                  FROM casework.case_file c JOIN casework.case_action a ON a.case_id = c.id
                  WHERE c.created_at >= ?
                  GROUP BY c.id, c.mission_id, c.threat_occurred_on
                  HAVING min(a.started_at) >= ?) f
            GROUP BY mission_id""";
    /** Due and not locked (or its lock ran out), with retries left and not suspended: waiting for an executor. */
    private static final String JOBS = """
            SELECT count(*) FILTER (WHERE due) AS due, min(duedate_) FILTER (WHERE due) AS oldest_due,
                   count(*) FILTER (WHERE retries_ = 0) AS failed
            FROM (SELECT duedate_, retries_,
                         retries_ > 0 AND suspension_state_ = 1 AND (duedate_ IS NULL OR duedate_ <= ?)
                         AND (lock_exp_time_ IS NULL OR lock_exp_time_ < ?) AS due
                  FROM public.act_ru_job) j""";
    private static final String INCIDENTS = """
            SELECT incident_type_ AS type, count(*) AS n FROM public.act_ru_incident GROUP BY incident_type_""";

    /** The job executor's figures of the last refresh. */
    record Jobs(long dueNotAcquired, double oldestDueSeconds, long failed) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MultiGauge openCases;
    private final MultiGauge openTasks;
    private final MultiGauge overdueTasks;
    private final MultiGauge openEscalations;
    private final MultiGauge firstActionMedian;
    private final MultiGauge firstActionP90;
    private final MultiGauge firstActionCases;
    private final MultiGauge incidents;
    private final AtomicReference<Jobs> jobs = new AtomicReference<>(new Jobs(0, 0, 0));
    private final Counter refreshFailures;

    WorkMetrics(JdbcTemplate jdbc, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clock = clock;
        openCases = MultiGauge.builder("hrd.cases.open")
                .description("Open cases (not CLOSED) by mission, stage and caseload tier").register(registry);
        openTasks = MultiGauge.builder("hrd.tasks.open")
                .description("Open user tasks by mission and their case's stage (NONE: not a case's task)").register(registry);
        overdueTasks = MultiGauge.builder("hrd.tasks.overdue")
                .description("Open user tasks past their due date, by mission and their case's stage").register(registry);
        openEscalations = MultiGauge.builder("hrd.escalations.open")
                .description("Open (unresolved) escalations by mission and level (1 supervisors, 2 senior officials, 3 headquarters)")
                .register(registry);
        firstActionMedian = MultiGauge.builder("hrd.incident.to.first.action.median.hours")
                .description("Median hours from the incident's day to the case's first action, cases whose first action started in the last 90 days")
                .register(registry);
        firstActionP90 = MultiGauge.builder("hrd.incident.to.first.action.p90.hours")
                .description("90th percentile of the hours from the incident's day to the case's first action (last 90 days)")
                .register(registry);
        firstActionCases = MultiGauge.builder("hrd.incident.to.first.action.cases")
                .description("Cases whose first action started in the last 90 days (the figures' sample)").register(registry);
        incidents = MultiGauge.builder("hrd.engine.incidents.open")
                .description("Open engine incidents by type (failedJob: a job out of retries)").register(registry);
        Gauge.builder("hrd.engine.jobs.due.not.acquired", jobs, j -> j.get().dueNotAcquired())
                .description("Engine jobs due (timers, escalations, async steps) that no executor has locked").register(registry);
        Gauge.builder("hrd.engine.jobs.due.oldest.seconds", jobs, j -> j.get().oldestDueSeconds())
                .description("How long the oldest due, unlocked job has been waiting (0: none); growing means the executor stopped")
                .register(registry);
        Gauge.builder("hrd.engine.jobs.failed", jobs, j -> j.get().failed())
                .description("Engine jobs with no retries left (each also an open failedJob incident)").register(registry);
        refreshFailures = Counter.builder("hrd.metrics.refresh.failures")
                .description("Refreshes of the work metrics that failed (the database unavailable); the figures keep their last values")
                .register(registry);
    }

    /** Runs the queries and replaces the figures; a failure keeps the previous ones. */
    @Scheduled(initialDelayString = "${hrd.metrics.refresh-interval:PT30S}", fixedDelayString = "${hrd.metrics.refresh-interval:PT30S}")
    public synchronized void refresh() {
        try {
            Instant now = clock.instant();
            Timestamp nowStamp = Timestamp.from(now);
            Timestamp since = Timestamp.from(now.minus(FIRST_ACTION_WINDOW));
            Timestamp createdSince = Timestamp.from(now.minus(FIRST_ACTION_WINDOW.multipliedBy(5)));
            openCases.register(jdbc.query(OPEN_CASES, (rs, i) -> MultiGauge.Row.of(Tags.of("mission", rs.getString("mission_id"),
                    "stage", rs.getString("stage"), "tier", rs.getString("tier")), rs.getLong("n"))), true);
            record TaskRow(String mission, String stage, long open, long overdue) {
            }
            List<TaskRow> tasks = jdbc.query(TASKS, (rs, i) -> new TaskRow(rs.getString("mission"), rs.getString("stage"),
                    rs.getLong("open"), rs.getLong("overdue")), nowStamp);
            openTasks.register(tasks.stream().map(t -> MultiGauge.Row.of(Tags.of("mission", t.mission(), "stage", t.stage()),
                    t.open())).toList(), true);
            overdueTasks.register(tasks.stream().map(t -> MultiGauge.Row.of(Tags.of("mission", t.mission(), "stage", t.stage()),
                    t.overdue())).toList(), true);
            openEscalations.register(jdbc.query(OPEN_ESCALATIONS, (rs, i) -> MultiGauge.Row.of(
                    Tags.of("mission", rs.getString("mission_id"), "level", rs.getString("level")), rs.getLong("n"))), true);
            record FirstActions(String mission, long cases, double median, double p90) {
            }
            List<FirstActions> firstActions = jdbc.query(FIRST_ACTIONS, (rs, i) -> new FirstActions(rs.getString("mission_id"),
                    rs.getLong("n"), rs.getDouble("median"), rs.getDouble("p90")), createdSince, since);
            firstActionMedian.register(firstActions.stream().map(f -> MultiGauge.Row.of(Tags.of("mission", f.mission()),
                    f.median())).toList(), true);
            firstActionP90.register(firstActions.stream().map(f -> MultiGauge.Row.of(Tags.of("mission", f.mission()),
                    f.p90())).toList(), true);
            firstActionCases.register(firstActions.stream().map(f -> MultiGauge.Row.of(Tags.of("mission", f.mission()),
                    f.cases())).toList(), true);
            jobs.set(jdbc.queryForObject(JOBS, (rs, i) -> {
                Timestamp oldest = rs.getTimestamp("oldest_due");
                double waiting = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0);
                return new Jobs(rs.getLong("due"), waiting, rs.getLong("failed"));
            }, nowStamp, nowStamp));
            incidents.register(jdbc.query(INCIDENTS, (rs, i) -> MultiGauge.Row.of(Tags.of("type", rs.getString("type")),
                    rs.getLong("n"))), true);
        } catch (DataAccessException e) {
            refreshFailures.increment();
            // The exception's message may quote SQL: its class is enough to tell a database outage.
            log.warn("Work metrics not refreshed: {}", e.getClass().getSimpleName());
        }
    }

    /** The job executor's figures of the last refresh (for tests and the health of the executor). */
    Jobs jobs() {
        return jobs.get();
    }
}
