package org.hrdcasework.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
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
 * A compiled report as JSON, CSV and printable HTML (the last two audited as exports), and the
 * headquarters aggregate as CSV and HTML. Every role of the report's own mission may read it (the
 * figures identify nobody); another mission's report does not exist for them (404).
 */
@Service
class ReportRendering {

    /** Section titles of the printable document, in the order sections are compiled. */
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry(ReportFigures.NEW_CASES, "New cases by threat type"),
            Map.entry(ReportFigures.FURTHER_REPORTS, "Further threat reports on existing cases, by threat type"),
            Map.entry(ReportFigures.VERIFICATION_OUTCOMES, "Reports verified in the period, by outcome"),
            Map.entry(ReportFigures.ACTIONS, "Actions started in the period, by type and current status"),
            Map.entry(ReportFigures.CLOSED_CASES, "Cases closed in the period, by reason and outcome"),
            Map.entry(ReportFigures.RESPONSE_TIME + "Task_VerifyReport", "Response time: report verification"),
            Map.entry(ReportFigures.RESPONSE_TIME + "Task_AssessRisk", "Response time: risk assessment"),
            Map.entry(ReportFigures.ESCALATIONS, "Escalations fired in the period, by level"),
            Map.entry(ReportFigures.REPRISALS, "Confirmed reprisals in the period, by the engagement before them"),
            Map.entry(ReportFigures.OPEN_BY_STAGE, "Open cases at the end of the period, by stage"),
            Map.entry(ReportFigures.OPEN_BY_TIER, "Open cases at the end of the period, by urgency tier"));
    private static final String CLASSIFICATION = "RESTRICTED - aggregate figures, no defender identities";
    static final List<String> MAY_READ = List.of(Roles.CASE_OFFICERS, Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS,
            Roles.HEADQUARTERS);

    private final ReportMapper mapper;
    private final ReportFigures figures;
    private final AuditLog auditLog;
    private final TaskRecordService taskRecordService;

    ReportRendering(ReportMapper mapper, ReportFigures figures, AuditLog auditLog, TaskRecordService taskRecordService) {
        this.mapper = mapper;
        this.figures = figures;
        this.auditLog = auditLog;
        this.taskRecordService = taskRecordService;
    }

    /** A mission report as the API shows it; {@code records} are the review and acknowledgement, notes decrypted. */
    record ReportView(String reference, String mission, ReportKind kind, LocalDate periodStart, LocalDate periodEnd,
                      boolean periodEndInclusive, ReportStatus status, OffsetDateTime compiledAt, String approvedBy,
                      OffsetDateTime approvedAt, OffsetDateTime sentAt, String acknowledgedBy,
                      OffsetDateTime acknowledgedAt, String requestedBy, Map<String, Map<String, Object>> figures,
                      List<TaskRecordService.TaskRecordView> records) {
    }

    @Transactional
    public ReportView view(Caller caller, String reference) {
        MissionReportRecord report = readable(caller, reference);
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (Figure figure : figures.read(report.figures())) {
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
        figures.read(report.figures()).forEach(f -> csv.row(Arrays.asList(f.section(), f.key(), f.value())));
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
        Map<String, List<Figure>> sections = figures.read(report.figures()).stream()
                .collect(Collectors.groupingBy(Figure::section, LinkedHashMap::new, Collectors.toList()));
        sections.forEach((section, shown) -> document
                .heading(TITLES.getOrDefault(section, section))
                .table(List.of("Figure", "Value"),
                        shown.stream().map(f -> List.of(HtmlDocument.label(f.key()), f.value() == null ? "-" : f.value().toString())).toList(),
                        "None."));
        auditLog.record(caller.userId(), AuditEventType.EXPORT, report.missionId(), reference, "mission report document");
        return document.render();
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

    static String aggregateCsv(ReportFigures.Aggregate aggregate) {
        Csv csv = new Csv();
        List<Object> header = new ArrayList<>(List.of("mission"));
        header.addAll(ReportFigures.AGGREGATE_FIGURES);
        csv.row(header);
        for (ReportFigures.MissionRow row : aggregate.missions()) {
            List<Object> cells = new ArrayList<>(List.of(row.mission()));
            cells.addAll(row.figures().values());
            csv.row(cells);
        }
        List<Object> totals = new ArrayList<>(List.of("TOTAL"));
        totals.addAll(aggregate.totals().values());
        return csv.row(totals).render();
    }

    static String aggregateHtml(ReportFigures.Aggregate aggregate) {
        Function<Map<String, Long>, List<String>> values = m -> m.values().stream().map(String::valueOf).toList();
        List<String> headers = new ArrayList<>(List.of("Mission"));
        ReportFigures.AGGREGATE_FIGURES.forEach(key -> headers.add(HtmlDocument.label(key)));
        List<List<String>> rows = new ArrayList<>();
        for (ReportFigures.MissionRow row : aggregate.missions()) {
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
}
