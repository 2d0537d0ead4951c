package org.hrdcasework.engagements;

import org.hrdcasework.system.web.ApiAccess;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
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

/** The annual meeting between the mission's defenders and diplomats. */
@ApiAccess("case-officers, supervisors, senior-officials, headquarters, of the meeting's mission")
@RestController
@RequestMapping(path = "/api/annual-meetings", produces = MediaType.APPLICATION_JSON_VALUE)
class AnnualMeetingController {

    private final AnnualMeetingService service;

    AnnualMeetingController(AnnualMeetingService service) {
        this.service = service;
    }

    /** A defender on the list, by code name only. */
    record InvitationView(String defender, String consent, String preferredChannel, boolean invited, boolean attended) {
    }

    record MeetingView(String reference, String mission, int year, LocalDate plannedOn, String status, Integer attendees,
                       List<InvitationView> invitations) {
    }

    @ApiAccess("senior-officials, supervisors of the mission")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> plan(@AuthenticationPrincipal Caller caller,
                                             @Valid @RequestBody AnnualMeetingService.MeetingRequest request) {
        String reference = service.plan(caller, request);
        return ResponseEntity.created(URI.create("/api/annual-meetings/" + reference)).body(Map.of("reference", reference));
    }

    @GetMapping("/{reference}")
    MeetingView get(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        AnnualMeetingRecord m = service.find(caller, reference);
        return new MeetingView(m.reference(), m.missionId(), m.meetingYear(), m.plannedOn(), m.status(), m.attendees(),
                service.invitations(caller, reference).stream()
                        .map(i -> new InvitationView(i.codeName(), i.consent(), i.preferredChannel(), i.invited(), i.attended()))
                        .toList());
    }

    @GetMapping("/{reference}/records")
    List<TaskRecordService.TaskRecordView> records(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        return service.records(caller, reference);
    }

    /** Stops the series: no further meetings are planned. */
    @ApiAccess("senior-officials, supervisors of the meeting's mission")
    @PostMapping("/{reference}/stop")
    ResponseEntity<Map<String, String>> stop(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        service.stop(caller, reference);
        return ResponseEntity.accepted().body(Map.of("reference", reference, "outcome", "ANNUAL_MEETINGS_STOPPED"));
    }
}
