package org.hrdcasework.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.cases.CaseStage;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.cases.VerificationOutcome;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.reprisals.VisibleEngagement;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mission's figures for a period from the case tables and the engine's task history, their
 * stored JSON form, and the headquarters' live aggregate across missions. Aggregates only: no
 * name, code name or narrative ever enters a report.
 */
@Service
class ReportFigures {

    /** Tasks whose response times are reported against their level-1 deadline (the task's due date). */
    static final List<String> TIMED_TASKS = List.of("Task_VerifyReport", "Task_AssessRisk");

    static final String NEW_CASES = "newCases";
    static final String FURTHER_REPORTS = "furtherReports";
    static final String VERIFICATION_OUTCOMES = "verificationOutcomes";
    static final String ACTIONS = "actions";
    static final String CLOSED_CASES = "closedCases";
    static final String RESPONSE_TIME = "responseTime.";
    static final String ESCALATIONS = "escalations";
    /** Confirmed reprisals by the kind of engagement that preceded them (reprisals/). */
    static final String REPRISALS = "confirmedReprisals.byEngagementKind";
    static final String OPEN_BY_STAGE = "openCasesAtPeriodEnd.byStage";
    static final String OPEN_BY_TIER = "openCasesAtPeriodEnd.byTier";
    static final String TOTAL = "total";

    /** The figures of the headquarters aggregate: one column each, summed across missions. */
    static final List<String> AGGREGATE_FIGURES = List.of(
            NEW_CASES + "/" + TOTAL, FURTHER_REPORTS + "/" + TOTAL,
            VERIFICATION_OUTCOMES + "/VERIFIED", VERIFICATION_OUTCOMES + "/REJECTED", VERIFICATION_OUTCOMES + "/DUPLICATE",
            ACTIONS + "/" + TOTAL, CLOSED_CASES + "/" + TOTAL,
            RESPONSE_TIME + "Task_VerifyReport/late", RESPONSE_TIME + "Task_AssessRisk/late",
            ESCALATIONS + "/" + TOTAL, ESCALATIONS + "/stillOpen", REPRISALS + "/" + TOTAL, OPEN_BY_STAGE + "/" + TOTAL);

    private static final TypeReference<List<Figure>> FIGURES = new TypeReference<>() {
    };

    private final ReportMapper mapper;
    private final AuditLog auditLog;
    private final ObjectMapper json;
    private final Clock clock;

    ReportFigures(ReportMapper mapper, AuditLog auditLog, ObjectMapper json, Clock clock) {
        this.mapper = mapper;
        this.auditLog = auditLog;
        this.json = json;
        this.clock = clock;
    }

    /** One mission's main figures in the headquarters aggregate. */
    record MissionRow(String mission, Map<String, Long> figures) {
    }

    /** The headquarters aggregate: per mission and in total, computed live for the period. */
    record Aggregate(LocalDate from, LocalDate to, boolean toInclusive, List<MissionRow> missions,
                     Map<String, Long> totals) {
    }

    /** The mission's figures for the period, in document order. */
    @Transactional(readOnly = true)
    public List<Figure> figures(String missionId, ReportPeriod period) {
        OffsetDateTime from = period.fromInstant();
        OffsetDateTime to = period.toInstant();
        List<Figure> figures = new ArrayList<>();
        complete(figures, NEW_CASES, enumKeys(ThreatType.values()), mapper.newCasesByThreatType(missionId, from, to));
        complete(figures, FURTHER_REPORTS, enumKeys(ThreatType.values()), mapper.furtherReportsByThreatType(missionId, from, to));
        complete(figures, VERIFICATION_OUTCOMES, enumKeys(VerificationOutcome.values()),
                mapper.verificationOutcomes(missionId, from, to));
        complete(figures, ACTIONS, List.of(), sortedBy(mapper.actionsByTypeAndState(missionId, from, to), ActionType.values()));
        complete(figures, CLOSED_CASES, List.of(), sorted(mapper.closuresByReasonAndOutcome(missionId, from, to)));
        Map<String, List<CompletedTask>> completed = mapper.completedTasks(missionId, TIMED_TASKS, from, to).stream()
                .collect(Collectors.groupingBy(CompletedTask::taskKey));
        for (String taskKey : TIMED_TASKS) {
            ResponseTimes times = ResponseTimes.of(completed.getOrDefault(taskKey, List.of()));
            String section = RESPONSE_TIME + taskKey;
            figures.add(new Figure(section, "completed", times.completed()));
            figures.add(new Figure(section, "medianHours", times.medianHours()));
            figures.add(new Figure(section, "maxHours", times.maxHours()));
            figures.add(new Figure(section, "metDeadline", times.metDeadline()));
            figures.add(new Figure(section, "late", times.late()));
            figures.add(new Figure(section, "withoutDeadline", times.withoutDeadline()));
        }
        Map<String, Long> levels = mapper.escalationsByLevel(missionId, from, to).stream()
                .collect(Collectors.toMap(KeyCount::key, KeyCount::count, Long::sum));
        long fired = 0;
        for (int level = 1; level <= 3; level++) {
            long count = levels.getOrDefault(String.valueOf(level), 0L);
            figures.add(new Figure(ESCALATIONS, "level" + level, count));
            fired += count;
        }
        figures.add(new Figure(ESCALATIONS, TOTAL, fired));
        figures.add(new Figure(ESCALATIONS, "stillOpen", mapper.escalationsStillOpen(missionId, from, to)));
        complete(figures, REPRISALS, enumKeys(VisibleEngagement.values()),
                mapper.confirmedReprisalsByEngagementKind(missionId, from, to));
        List<String> openStages = Arrays.stream(CaseStage.values()).filter(s -> s != CaseStage.CLOSED)
                .map(Enum::name).toList();
        complete(figures, OPEN_BY_STAGE, openStages, mapper.openCasesByStage(missionId, to));
        complete(figures, OPEN_BY_TIER, List.of("TIER_1", "TIER_2", "TIER_3", "UNASSESSED"), mapper.openCasesByTier(missionId, to));
        return figures;
    }

    /** Live figures of every mission of the headquarters caller for the period; totals are the sums. */
    @Transactional
    public Aggregate aggregate(Caller caller, LocalDate from, LocalDate to, String format) {
        if (!caller.groups().contains(Roles.HEADQUARTERS)) {
            throw new AccessRefusedException("caller", "the aggregate is for the headquarters desk only");
        }
        ReportPeriod period = ReportPeriod.requested(from, to, LocalDate.now(clock), "from", "to");
        List<MissionRow> rows = new ArrayList<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        AGGREGATE_FIGURES.forEach(key -> totals.put(key, 0L));
        for (String mission : caller.missions().stream().sorted().toList()) {
            Map<String, Object> all = figures(mission, period).stream()
                    .collect(LinkedHashMap::new, (m, f) -> m.put(f.section() + "/" + f.key(), f.value()), Map::putAll);
            Map<String, Long> main = new LinkedHashMap<>();
            for (String key : AGGREGATE_FIGURES) {
                long value = all.get(key) instanceof Number n ? n.longValue() : 0L;
                main.put(key, value);
                totals.merge(key, value, Long::sum);
            }
            rows.add(new MissionRow(mission, main));
        }
        auditLog.record(caller.userId(), AuditEventType.EXPORT, null, null,
                "headquarters aggregate " + period.start() + ".." + period.end() + " as " + format);
        return new Aggregate(period.start(), period.end(), true, rows, totals);
    }

    /** The stored form of a report's figures (mission_report.figures). */
    String write(List<Figure> figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report figures cannot be written as JSON", e);
        }
    }

    List<Figure> read(String figures) {
        try {
            return json.readValue(figures, FIGURES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored report figures are not valid JSON", e);
        }
    }

    /** Adds the section's figures: every expected key (0 when absent), any other key found, then the total. */
    private static void complete(List<Figure> figures, String section, List<String> expected, List<KeyCount> found) {
        Map<String, Long> counts = new LinkedHashMap<>();
        expected.forEach(key -> counts.put(key, 0L));
        found.forEach(c -> counts.merge(c.key(), c.count(), Long::sum));
        counts.forEach((key, count) -> figures.add(new Figure(section, key, count)));
        figures.add(new Figure(section, TOTAL, counts.values().stream().mapToLong(Long::longValue).sum()));
    }

    private static List<String> enumKeys(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<KeyCount> sorted(List<KeyCount> counts) {
        return counts.stream().sorted(Comparator.comparing(KeyCount::key, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** TYPE.STATE keys in the enum's order of types, then by state. */
    private static List<KeyCount> sortedBy(List<KeyCount> counts, Enum<?>[] order) {
        List<String> names = enumKeys(order);
        return counts.stream().sorted(Comparator
                .comparing((KeyCount c) -> {
                    int index = names.indexOf(c.key().substring(0, Math.max(0, c.key().indexOf('.'))));
                    return index < 0 ? Integer.MAX_VALUE : index;
                })
                .thenComparing(KeyCount::key)).toList();
    }
}
