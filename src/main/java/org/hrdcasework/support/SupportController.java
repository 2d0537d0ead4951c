package org.hrdcasework.support;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The support programme catalogue and the applications made with defenders. */
@ApiAccess("staff of the caller's missions")
@RestController
class SupportController {

    private final SupportProgrammes programmes;
    private final SupportApplications applications;

    SupportController(SupportProgrammes programmes, SupportApplications applications) {
        this.programmes = programmes;
        this.applications = applications;
    }

    @ApiAccess("any role (all staff)")
    @GetMapping(path = "/api/support-programmes", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SupportProgramme> programmes(@AuthenticationPrincipal Caller caller,
                                      @RequestParam(required = false) ProgrammeKind kind,
                                      @RequestParam(required = false) SupportPurpose purpose) {
        return programmes.programmes(caller, kind, purpose);
    }

    @ApiAccess("headquarters, camunda-admin")
    @PostMapping(path = "/api/support-programmes", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SupportProgramme> createProgramme(@AuthenticationPrincipal Caller caller,
                                                     @RequestBody SupportProgrammes.ProgrammeInput input) {
        SupportProgramme created = programmes.createProgramme(caller, input);
        return ResponseEntity.created(URI.create("/api/support-programmes/" + created.code())).body(created);
    }

    @ApiAccess("headquarters, camunda-admin")
    @PutMapping(path = "/api/support-programmes/{code}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    SupportProgramme updateProgramme(@AuthenticationPrincipal Caller caller, @PathVariable String code,
                                     @RequestBody SupportProgrammes.ProgrammeInput input) {
        return programmes.updateProgramme(caller, code, input);
    }

    @ApiAccess("case-officers, supervisors of the case's mission")
    @PostMapping(path = "/api/cases/{reference}/support-applications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> apply(@AuthenticationPrincipal Caller caller, @PathVariable String reference,
                                              @RequestBody SupportApplications.ApplicationRequest request) {
        String application = applications.apply(caller, reference, request);
        return ResponseEntity.created(URI.create("/api/support-applications/" + application))
                .body(Map.of("reference", application, "caseReference", reference));
    }

    @GetMapping(path = "/api/cases/{reference}/support-applications", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SupportApplicationView> applicationsOfCase(@AuthenticationPrincipal Caller caller,
                                                    @PathVariable String reference) {
        return applications.applicationsOfCase(caller, reference);
    }

    @GetMapping(path = "/api/support-applications", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SupportApplicationView> applications(@AuthenticationPrincipal Caller caller) {
        return applications.applications(caller);
    }

    /** What the application's tasks recorded, notes decrypted: for its mission's own staff. */
    @GetMapping(path = "/api/support-applications/{reference}/records", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TaskRecordService.TaskRecordView> records(@AuthenticationPrincipal Caller caller,
                                                   @PathVariable String reference) {
        return applications.records(caller, reference);
    }

    @ApiAccess("case-officers, supervisors of the application's mission")
    @PostMapping(path = "/api/support-applications/{reference}/withdrawal", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> withdraw(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        return Map.of("reference", reference, "status", applications.withdraw(caller, reference));
    }
}
