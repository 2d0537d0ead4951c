package org.hrdcasework.engagements;

import org.hrdcasework.system.web.ApiAccess;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hrdcasework.records.TaskRecordService;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
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

/** Planning senior officials' visits and political dialogues, and their briefing packs. */
@ApiAccess("case-officers, supervisors, senior-officials, headquarters, of the engagement's mission")
@RestController
@RequestMapping("/api/engagements")
class EngagementController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final EngagementService service;

    EngagementController(EngagementService service) {
        this.service = service;
    }

    /** What {@code GET /api/engagements/{reference}} shows: no case, no defender, no text. */
    record EngagementView(String reference, String mission, EngagementKind kind, VisitorLevel visitorLevel,
                          LocalDate scheduledOn, EngagementStatus status, OffsetDateTime packCompiledAt,
                          Boolean stateAnswered) {
    }

    @ApiAccess("senior-officials, supervisors of the mission")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> plan(@AuthenticationPrincipal Caller caller,
                                             @Valid @RequestBody EngagementService.EngagementRequest request) {
        String reference = service.plan(caller, request);
        return ResponseEntity.created(URI.create("/api/engagements/" + reference)).body(Map.of("reference", reference));
    }

    @GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    EngagementView get(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        EngagementRecord e = service.find(caller, reference);
        return new EngagementView(e.reference(), e.missionId(), e.kind(), e.visitorLevel(), e.scheduledOn(), e.status(),
                e.packCompiledAt(), e.stateAnswered());
    }

    /** The briefing pack, printable HTML (default) or CSV; audited. */
    @GetMapping("/{reference}/briefing-pack")
    ResponseEntity<String> briefingPack(@AuthenticationPrincipal Caller caller, @PathVariable String reference,
                                        @RequestParam(defaultValue = "html") String format) {
        if (!format.equals("html") && !format.equals("csv")) {
            throw new InvalidInputException("format", "must be html or csv");
        }
        EngagementService.BriefingPack pack = service.briefingPack(caller, reference, format);
        boolean csv = format.equals("csv");
        String fileName = reference + "-briefing-pack." + format;
        return ResponseEntity.ok()
                .contentType(csv ? CSV : new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, (csv ? ContentDisposition.attachment() : ContentDisposition.inline())
                        .filename(fileName).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(csv ? BriefingPackDocument.csv(pack) : BriefingPackDocument.html(pack));
    }

    /** What each completed task of the engagement recorded, notes decrypted: for the mission's own staff. */
    @GetMapping(path = "/{reference}/records", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TaskRecordService.TaskRecordView> records(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        return service.records(caller, reference);
    }

    @ApiAccess("senior-officials, supervisors of the engagement's mission")
    @PostMapping(path = "/{reference}/cancellation", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> cancel(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        service.cancel(caller, reference);
        return ResponseEntity.accepted().body(Map.of("reference", reference, "status", EngagementStatus.CANCELLED.name()));
    }
}
