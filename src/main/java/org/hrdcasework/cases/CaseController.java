package org.hrdcasework.cases;

import org.hrdcasework.system.web.ApiAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.defenders.DefenderService;
import org.hrdcasework.records.TaskRecordService;
import org.springframework.http.HttpStatus;
import java.net.URI;
import java.util.Map;
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

/** Filing threat reports and reading cases. */
@ApiAccess("case-officers, supervisors, senior-officials of the case's own mission")
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseController {

    private final CaseFileService caseFileService;
    private final TaskRecordService taskRecordService;

    CaseController(CaseFileService caseFileService, TaskRecordService taskRecordService) {
        this.caseFileService = caseFileService;
        this.taskRecordService = taskRecordService;
    }

    /** Body of {@code POST .../situation-changes}. */
    record SituationChangeRequest(@NotNull SituationChange change) {
    }

    /** Body of {@code POST .../identity-reveals}. */
    record RevealRequest(String reason) {

        @Override
        public String toString() {
            return "RevealRequest[reason=<not logged>]";
        }
    }

    /** Body of {@code POST .../consents/withdrawals}. */
    /** Body of {@code POST .../closure}. */
    record ClosureRequest(@NotNull ClosureOutcome outcome) {
    }

    /** Body of {@code POST .../actions} and {@code POST .../actions/stops}. */
    record AddActionRequest(@NotNull ActionType actionType) {
    }

    record ConsentWithdrawalRequest(@NotNull ActionType actionType) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> fileThreatReport(@AuthenticationPrincipal Caller caller,
                                                         @Valid @RequestBody ThreatReport report) {
        String reference = caseFileService.fileThreatReport(caller, report);
        return ResponseEntity.created(URI.create("/api/cases/" + reference)).body(Map.of("reference", reference));
    }

    @ApiAccess("staff of the case's own mission (headquarters: its missions)")
    @GetMapping("/{reference}")
    CaseView getCase(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        return caseFileService.findCase(caller, reference);
    }

    /** What each completed task of the case recorded, notes decrypted: for the mission's own staff. */
    @ApiAccess("staff of the case's own mission")
    @GetMapping("/{reference}/records")
    List<TaskRecordService.TaskRecordView> getRecords(@AuthenticationPrincipal Caller caller,
                                                      @PathVariable String reference) {
        caseFileService.findCase(caller, reference); // 400/404 exactly as for the case itself
        return taskRecordService.recordsOf(caller, reference);
    }

    /** The defender's real identity, for the case's own mission staff, with a reason (audited). */
    @ApiAccess("case-officers, supervisors, senior-officials, headquarters, of the case's own mission, with a reason (audited)")
    @PostMapping(path = "/{reference}/identity-reveals", consumes = MediaType.APPLICATION_JSON_VALUE)
    DefenderService.Revealed revealIdentity(@AuthenticationPrincipal Caller caller, @PathVariable String reference,
                                            @RequestBody RevealRequest request) {
        return caseFileService.revealIdentity(caller, reference, request.reason());
    }

    @PostMapping(path = "/{reference}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> fileFurtherReport(@AuthenticationPrincipal Caller caller,
                                                          @PathVariable String reference,
                                                          @Valid @RequestBody FurtherReport report) {
        CaseFileService.FurtherReportOutcome outcome = caseFileService.fileFurtherReport(caller, reference, report);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("reference", reference, "outcome", outcome.name()));
    }

    @PostMapping(path = "/{reference}/situation-changes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> reportSituationChange(@AuthenticationPrincipal Caller caller,
                                                              @PathVariable String reference,
                                                              @Valid @RequestBody SituationChangeRequest request) {
        caseFileService.reportSituationChange(caller, reference, request.change());
        return ResponseEntity.accepted().body(Map.of("reference", reference, "outcome", "RISK_REASSESSMENT_STARTED"));
    }

    @PostMapping(path = "/{reference}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> closeNow(@AuthenticationPrincipal Caller caller, @PathVariable String reference,
                                 @Valid @RequestBody ClosureRequest request) {
        caseFileService.closeNow(caller, reference, request.outcome());
        return Map.of("reference", reference, "stage", CaseStage.CLOSED.name(), "outcome", request.outcome().name());
    }

    @PostMapping(path = "/{reference}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> addAction(@AuthenticationPrincipal Caller caller, @PathVariable String reference,
                                                  @Valid @RequestBody AddActionRequest request) {
        caseFileService.addAction(caller, reference, request.actionType());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("reference", reference, "actionType", request.actionType().name()));
    }

    @PostMapping(path = "/{reference}/actions/stops", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> stopAction(@AuthenticationPrincipal Caller caller, @PathVariable String reference,
                                   @Valid @RequestBody AddActionRequest request) {
        int stopped = caseFileService.stopAction(caller, reference, request.actionType());
        return Map.of("reference", reference, "actionType", request.actionType().name(), "stopped", stopped);
    }

    @PostMapping(path = "/{reference}/consents/withdrawals", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> withdrawConsent(@AuthenticationPrincipal Caller caller, @PathVariable String reference,
                                        @Valid @RequestBody ConsentWithdrawalRequest request) {
        boolean withdrawn = caseFileService.withdrawConsent(caller, reference, request.actionType());
        return Map.of("reference", reference, "actionType", request.actionType(), "withdrawn", withdrawn);
    }
}
