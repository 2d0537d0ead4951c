package org.hrdcasework.relationships;

import org.hrdcasework.system.web.ApiAccess;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.hrdcasework.records.TaskRecordService;
import org.hrdcasework.system.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Defender relationships: opening one (liaison officer, deputy), reading them, ending one. */
@ApiAccess("staff of the relationship's mission: case-officers, supervisors, senior-officials; headquarters may read")
@RestController
@RequestMapping(path = "/api/relationships", produces = MediaType.APPLICATION_JSON_VALUE)
class RelationshipController {

    private final RelationshipService service;

    RelationshipController(RelationshipService service) {
        this.service = service;
    }

    /** Body of {@code POST .../{reference}/end}. */
    record EndRequest(EndReason reason) {
    }

    @ApiAccess("case-officers, supervisors, senior-officials of the case's mission")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RelationshipService.Created> open(@AuthenticationPrincipal Caller caller,
                                                     @RequestBody RelationshipService.NewRelationship request) {
        RelationshipService.Created created = service.open(caller, request);
        return ResponseEntity.created(URI.create("/api/relationships/" + created.reference())).body(created);
    }

    @GetMapping
    List<RelationshipView> list(@AuthenticationPrincipal Caller caller) {
        return service.list(caller);
    }

    @GetMapping("/{reference}")
    RelationshipDetail get(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        return service.find(caller, reference);
    }

    /** What each completed task recorded, notes decrypted: the mission's own staff only. */
    @ApiAccess("staff of the relationship's mission (case-officers, supervisors, senior-officials)")
    @GetMapping("/{reference}/records")
    List<TaskRecordService.TaskRecordView> records(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        return service.records(caller, reference);
    }

    @ApiAccess("case-officers, supervisors, senior-officials of the relationship's mission")
    @PostMapping(path = "/{reference}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> end(@AuthenticationPrincipal Caller caller, @PathVariable String reference,
                            @RequestBody EndRequest request) {
        service.end(caller, reference, request.reason());
        return Map.of("reference", reference, "ended", true, "reason", request.reason());
    }
}
