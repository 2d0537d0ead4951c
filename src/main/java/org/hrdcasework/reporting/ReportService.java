package org.hrdcasework.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.cases.CaseStage;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.cases.VerificationOutcome;
import org.hrdcasework.documents.Csv;
import org.hrdcasework.documents.HtmlDocument;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.records.TaskRecordService;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mission reports to headquarters: computes a mission's figures for a period from the case tables
 * and the engine's task history, keeps the report's lifecycle (compiled, approved, sent,
 * acknowledged) and renders it as JSON, CSV and printable HTML. Figures are aggregates only: no
 * name, code name or narrative ever enters a report.
 *
 * <p>Who may read: every role of the report's own mission (case officers included: the figures
 * are their own work and identify nobody); another mission's report does not exist for them (404).
 * Who may request: supervisors, senior officials and headquarters. The headquarters aggregate is
 * for the headquarters group only and is computed live for the requested period.
 */
@Service
public class ReportService {

    static final List<String> MAY_READ = List.of(Roles.CASE_OFFICERS, Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS,
            Roles.HEADQUARTERS);
    static final List<String> MAY_REQUEST = List.of(Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS, Roles.HEADQUARTERS);

    /** Tasks whose response times are reported against their level-1 deadline (the task's due date). */
    static final List<String> TIMED_TASKS = List.of("Task_VerifyReport", "Task_AssessRisk");

    static final String NEW_CASES = "newCases";
    static final String FURTHER_REPORTS = "furtherReports";
    static final String VERIFICATION_OUTCOMES = "verificationOutcomes";
    static final String ACTIONS = "actions";
    static final String CLOSED_CASES = "closedCases";
    static final String RESPONSE_TIME = "responseTime.";
    static final String ESCALATIONS = "escalations";
    static final String OPEN_BY_STAGE = "openCasesAtPeriodEnd.byStage";
    static final String OPEN_BY_TIER = "openCasesAtPeriodEnd.byTier";
    static final String TOTAL = "total";

    /** Section titles of the printable document, in the order sections are compiled. */
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry(NEW_CASES, "New cases by threat type"),
            Map.entry(FURTHER_REPORTS, "Further threat reports on existing cases, by threat type"),
            Map.entry(VERIFICATION_OUTCOMES, "Reports verified in the period, by outcome"),
            Map.entry(ACTIONS, "Actions started in the period, by type and current status"),
            Map.entry(CLOSED_CASES, "Cases closed in the period, by reason and outcome"),
            Map.entry(RESPONSE_TIME + "Task_VerifyReport", "Response time: report verification"),
            Map.entry(RESPONSE_TIME + "Task_AssessRisk", "Response time: risk assessment"),
            Map.entry(ESCALATIONS, "Escalations fired in the period, by level"),
            Map.entry(OPEN_BY_STAGE, "Open cases at the end of the period, by stage"),
            Map.entry(OPEN_BY_TIER, "Open cases at the end of the period, by urgency tier"));

    /** The figures of the headquarters aggregate: one column each, summed across missions. */
    static final List<String> AGGREGATE_FIGURES = List.of(
            NEW_CASES + "/" + TOTAL, FURTHER_REPORTS + "/" + TOTAL,
            VERIFICATION_OUTCOMES + "/VERIFIED", VERIFICATION_OUTCOMES + "/REJECTED", VERIFICATION_OUTCOMES + "/DUPLICATE",
            ACTIONS + "/" + TOTAL, CLOSED_CASES + "/" + TOTAL,
            RESPONSE_TIME + "Task_VerifyReport/late", RESPONSE_TIME + "Task_AssessRisk/late",
            ESCALATIONS + "/" + TOTAL, ESCALATIONS + "/stillOpen", OPEN_BY_STAGE + "/" + TOTAL);

    private static final TypeReference<List<Figure>> FIGURES = new TypeReference<>() {
    };
    private static final String CLASSIFICATION = "RESTRICTED - aggregate figures, no defender identities";

    private final ReportMapper mapper;
    private final AuditLog auditLog;
    private final TaskRecordService taskRecordService;
    private final ObjectMapper json;
    private final Clock clock;

    ReportService(ReportMapper mapper, AuditLog auditLog, TaskRecordService taskRecordService, ObjectMapper json,
                  Clock clock) {
        this.mapper = mapper;
        this.auditLog = auditLog;
        this.taskRecordService = taskRecordService;
        this.json = json;
        this.clock = clock;
    }

    /** A mission report as the API shows it; {@code records} are the review and acknowledgement, notes decrypted. */
    public record ReportView(String reference, String mission, ReportKind kind, LocalDate periodStart,
                             LocalDate periodEnd, boolean periodEndInclusive, ReportStatus status,
                             OffsetDateTime compiledAt, String approvedBy, OffsetDateTime approvedAt,
                             OffsetDateTime sentAt, String acknowledgedBy, OffsetDateTime acknowledgedAt,
                             String requestedBy, Map<String, Map<String, Object>> figures,
                             List<TaskRecordService.TaskRecordView> records) {
    }

    /** One mission's main figures in the headquarters aggregate. */
    public record MissionRow(String mission, Map<String, Long> figures) {
    }

    /** The headquarters aggregate: per mission and in total, computed live for the period. */
    public record Aggregate(LocalDate from, LocalDate to, boolean toInclusive, List<MissionRow> missions,
                            Map<String, Long> totals) {
    }

    // ---- figures ----------------------------------------------------------------------------

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
        Map<String, Long> levels = counts(mapper.escalationsByLevel(missionId, from, to));
        long fired = 0;
        for (int level = 1; level <= 3; level++) {
            long count = levels.getOrDefault(String.valueOf(level), 0L);
            figures.add(new Figure(ESCALATIONS, "level" + level, count));
            fired += count;
        }
        figures.add(new Figure(ESCALATIONS, TOTAL, fired));
        figures.add(new Figure(ESCALATIONS, "stillOpen", mapper.escalationsStillOpen(missionId, from, to)));
        List<String> openStages = java.util.Arrays.stream(CaseStage.values()).filter(s -> s != CaseStage.CLOSED)
                .map(Enum::name).toList();
        complete(figures, OPEN_BY_STAGE, openStages, mapper.openCasesByStage(missionId, to));
        complete(figures, OPEN_BY_TIER, List.of("TIER_1", "TIER_2", "TIER_3", "UNASSESSED"), mapper.openCasesByTier(missionId, to));
        return figures;
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
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<KeyCount> sorted(List<KeyCount> counts) {
        return counts.stream().sorted(java.util.Comparator.comparing(KeyCount::key)).toList();
    }

    /** TYPE.STATE keys in the enum's order of types, then by state. */
    private static List<KeyCount> sortedBy(List<KeyCount> counts, Enum<?>[] order) {
        List<String> names = enumKeys(order);
        return counts.stream().sorted(java.util.Comparator
                .comparing((KeyCount c) -> {
                    int index = names.indexOf(c.key().substring(0, Math.max(0, c.key().indexOf('.'))));
                    return index < 0 ? Integer.MAX_VALUE : index;
                })
                .thenComparing(KeyCount::key)).toList();
    }

    private static Map<String, Long> counts(List<KeyCount> counts) {
        return counts.stream().collect(Collectors.toMap(KeyCount::key, KeyCount::count, Long::sum));
    }

    // ---- lifecycle (called by the engine glue) --------------------------------------------------

    /** Writes the report's figures: a new row, or new figures for a report sent back for recompilation. */
    @Transactional
    public void compile(String reference, String missionId, ReportKind kind, ReportPeriod period, String requestedBy,
                        String processInstanceId) {
        String figures = write(figures(missionId, period));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (mapper.findByReference(reference).isPresent()) {
            if (mapper.updateCompiled(reference, figures, now) == 0) {
                throw new IllegalStateException("Report " + reference + " was already sent; it cannot be recompiled");
            }
            return;
        }
        mapper.insert(new MissionReportRecord(UUID.randomUUID(), reference, missionId, kind, period.start(), period.end(),
                ReportStatus.COMPILED, figures, now, null, null, null, null, null, requestedBy, processInstanceId));
    }

    @Transactional
    public void approve(String reference, String approvedBy) {
        if (mapper.approve(reference, approvedBy, OffsetDateTime.now(clock)) == 0) {
            throw new IllegalStateException("Report " + reference + " is not waiting for approval");
        }
    }

    /** Marks the approved report sent to headquarters; the sending is audited as an export by its approver. */
    @Transactional
    public void send(String reference) {
        MissionReportRecord report = mapper.findByReference(reference)
                .orElseThrow(() -> new IllegalStateException("No report " + reference));
        if (mapper.markSent(reference, OffsetDateTime.now(clock)) == 0) {
            throw new IllegalStateException("Report " + reference + " is not approved");
        }
        auditLog.record(report.approvedBy(), AuditEventType.EXPORT, report.missionId(), reference,
                "mission report sent to headquarters");
    }

    @Transactional
    public void acknowledge(String reference, String acknowledgedBy) {
        if (mapper.acknowledge(reference, acknowledgedBy, OffsetDateTime.now(clock)) == 0) {
            throw new IllegalStateException("Report " + reference + " has not been sent");
        }
    }

    /** The reference of the mission's monthly report starting on that day, if one was compiled. */
    @Transactional(readOnly = true)
    public Optional<String> monthlyReport(String missionId, LocalDate periodStart) {
        return mapper.findMonthly(missionId, periodStart);
    }

    // ---- access ---------------------------------------------------------------------------------

    /** Refuses a request for a report of {@code missionId} unless the caller may request one there. */
    public void requireMayRequest(Caller caller, String missionId) {
        if (!caller.hasAnyGroup(MAY_REQUEST)) {
            throw new AccessRefusedException("mission", "your role may not request mission reports");
        }
        if (!caller.isMemberOf(missionId)) {
            throw new AccessRefusedException("mission", "'" + missionId + "' is not one of your missions");
        }
    }

    private MissionReportRecord readable(Caller caller, String reference) {
        Optional<MissionReportRecord> report = caller.missions().isEmpty() ? Optional.empty()
                : mapper.findVisible(reference, caller.missions());
        if (report.isEmpty()) {
            throw new NotFoundException("No report " + reference + " in your missions");
        }
        if (!caller.hasAnyGroup(MAY_READ)) {
            throw new AccessRefusedException("reference", "your role may not read mission reports");
        }
        return report.get();
    }

    // ---- documents ------------------------------------------------------------------------------

    @Transactional
    public ReportView view(Caller caller, String reference) {
        MissionReportRecord report = readable(caller, reference);
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (Figure figure : read(report.figures())) {
            sections.computeIfAbsent(figure.section(), s -> new LinkedHashMap<>()).put(figure.key(), figure.value());
        }
        return new ReportView(report.reference(), report.missionId(), report.kind(), report.periodStart(),
                report.periodEnd(), true, report.status(), report.compiledAt(), report.approvedBy(), report.approvedAt(),
                report.sentAt(), report.acknowledgedBy(), report.acknowledgedAt(), report.requestedBy(), sections,
                taskRecordService.dutyRecordsOf(caller, reference));
    }

    /** section,key,value: one row per figure, with a header row. Audited as an export. */
    @Transactional
    public String csv(Caller caller, String reference) {
        MissionReportRecord report = readable(caller, reference);
        Csv csv = new Csv().row(List.of("section", "key", "value"));
        read(report.figures()).forEach(f -> csv.row(java.util.Arrays.asList(f.section(), f.key(), f.value())));
        auditLog.record(caller.userId(), AuditEventType.EXPORT, report.missionId(), reference, "mission report CSV");
        return csv.render();
    }

    /** The printable report (HTML, print to PDF from the browser). Audited as an export. */
    @Transactional
    public String html(Caller caller, String reference) {
        MissionReportRecord report = readable(caller, reference);
        HtmlDocument document = new HtmlDocument("Mission report " + report.reference(), CLASSIFICATION);
        document.facts(List.of(
                List.of("Mission", report.missionId()),
                List.of("Kind", HtmlDocument.label(report.kind().name())),
                List.of("Period", report.periodStart() + " to " + report.periodEnd() + " (both days included, UTC)"),
                List.of("Status", HtmlDocument.label(report.status().name())),
                List.of("Compiled at", String.valueOf(report.compiledAt())),
                List.of("Approved by", report.approvedBy() == null ? "-" : report.approvedBy() + " at " + report.approvedAt()),
                List.of("Sent to headquarters", report.sentAt() == null ? "-" : String.valueOf(report.sentAt()))));
        Map<String, List<Figure>> sections = read(report.figures()).stream()
                .collect(Collectors.groupingBy(Figure::section, LinkedHashMap::new, Collectors.toList()));
        sections.forEach((section, figures) -> document
                .heading(TITLES.getOrDefault(section, section))
                .table(List.of("Figure", "Value"),
                        figures.stream().map(f -> List.of(HtmlDocument.label(f.key()), f.value() == null ? "-" : f.value().toString())).toList(),
                        "None."));
        auditLog.record(caller.userId(), AuditEventType.EXPORT, report.missionId(), reference, "mission report document");
        return document.render();
    }

    // ---- headquarters aggregate -----------------------------------------------------------------

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

    static String aggregateCsv(Aggregate aggregate) {
        Csv csv = new Csv();
        List<Object> header = new ArrayList<>(List.of("mission"));
        header.addAll(AGGREGATE_FIGURES);
        csv.row(header);
        for (MissionRow row : aggregate.missions()) {
            List<Object> cells = new ArrayList<>(List.of(row.mission()));
            cells.addAll(row.figures().values());
            csv.row(cells);
        }
        List<Object> totals = new ArrayList<>(List.of("TOTAL"));
        totals.addAll(aggregate.totals().values());
        return csv.row(totals).render();
    }

    static String aggregateHtml(Aggregate aggregate) {
        Function<Map<String, Long>, List<String>> values = m -> m.values().stream().map(String::valueOf).toList();
        List<String> headers = new ArrayList<>(List.of("Mission"));
        AGGREGATE_FIGURES.forEach(key -> headers.add(HtmlDocument.label(key)));
        List<List<String>> rows = new ArrayList<>();
        for (MissionRow row : aggregate.missions()) {
            List<String> cells = new ArrayList<>(List.of(row.mission()));
            cells.addAll(values.apply(row.figures()));
            rows.add(cells);
        }
        List<String> totals = new ArrayList<>(List.of("Total"));
        totals.addAll(values.apply(aggregate.totals()));
        rows.add(totals);
        return new HtmlDocument("Missions' figures " + aggregate.from() + " to " + aggregate.to(), CLASSIFICATION)
                .paragraph("Computed live from the missions' case records for " + aggregate.from() + " to " + aggregate.to()
                        + " (both days included, UTC).")
                .table(headers, rows, "No missions.")
                .render();
    }

    private String write(List<Figure> figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report figures cannot be written as JSON", e);
        }
    }

    private List<Figure> read(String figures) {
        try {
            return json.readValue(figures, FIGURES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored report figures are not valid JSON", e);
        }
    }
}
