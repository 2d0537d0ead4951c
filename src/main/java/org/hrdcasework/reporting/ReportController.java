package org.hrdcasework.reporting;

import org.hrdcasework.system.web.ApiAccess;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mission reports to headquarters: request one for a period, read it as JSON, CSV or a printable
 * document, the headquarters aggregate across missions, and (administrators) starting the
 * monthly cycles of new missions.
 */
@ApiAccess("case-officers, supervisors, senior-officials, headquarters, of the report's mission; downloads audited")
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final MissionReports missionReports;
    private final ReportFigures figures;
    private final ReportRendering rendering;
    private final ReportingEngine engine;

    ReportController(MissionReports missionReports, ReportFigures figures, ReportRendering rendering,
                     ReportingEngine engine) {
        this.missionReports = missionReports;
        this.figures = figures;
        this.rendering = rendering;
        this.engine = engine;
    }

    /** Body of {@code POST /api/reports}: both dates inclusive (yyyy-MM-dd). */
    record ReportRequest(String mission, LocalDate from, LocalDate to) {
    }

    @ApiAccess("supervisors, senior-officials, headquarters, for their missions")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> request(@AuthenticationPrincipal Caller caller, @RequestBody ReportRequest request) {
        if (request.mission() == null || request.mission().isBlank()) {
            throw new InvalidInputException("mission", "is required");
        }
        String reference = missionReports.requestOnDemand(caller, request.mission(), request.from(), request.to());
        return ResponseEntity.created(URI.create("/api/reports/" + reference)).body(Map.of("reference", reference));
    }

    /** The headquarters aggregate; {@code format} json (default), csv or html. */
    @ApiAccess("headquarters")
    @GetMapping("/aggregate")
    ResponseEntity<?> aggregate(@AuthenticationPrincipal Caller caller,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(defaultValue = "json") String format) {
        if (!List.of("json", "csv", "html").contains(format)) {
            throw new InvalidInputException("format", "must be one of json, csv, html");
        }
        ReportFigures.Aggregate aggregate = figures.aggregate(caller, from, to, format);
        String name = "missions-" + aggregate.from() + "-" + aggregate.to();
        return switch (format) {
            case "csv" -> download(ReportRendering.aggregateCsv(aggregate), CSV, name + ".csv");
            case "html" -> ResponseEntity.ok().contentType(HTML).body(ReportRendering.aggregateHtml(aggregate));
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(aggregate);
        };
    }

    @GetMapping(path = "/{reference}.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        return download(rendering.csv(caller, reference), CSV, reference + ".csv");
    }

    @GetMapping(path = "/{reference}/document")
    ResponseEntity<String> document(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        return ResponseEntity.ok().contentType(HTML).body(rendering.html(caller, reference));
    }

    @GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReportRendering.ReportView view(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        return rendering.view(caller, reference);
    }

    /** Administrators: starts the monthly cycle of every mission without one (e.g. a mission just added). */
    @ApiAccess("camunda-admin (administrators)")
    @PostMapping(path = "/cycles", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<String>> startCycles(@AuthenticationPrincipal Caller caller) {
        if (!caller.groups().contains(Roles.ADMINISTRATORS)) {
            throw new AccessRefusedException("caller", "administrators only");
        }
        return Map.of("started", engine.startMissingCycles());
    }

    private static ResponseEntity<String> download(String body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(body);
    }
}
