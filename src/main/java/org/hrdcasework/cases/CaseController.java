package org.hrdcasework.cases;

import jakarta.validation.Valid;
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
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseController {

    private final CaseFileService caseFileService;

    CaseController(CaseFileService caseFileService) {
        this.caseFileService = caseFileService;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> fileThreatReport(@AuthenticationPrincipal Caller caller,
                                                         @Valid @RequestBody ThreatReport report) {
        String reference = caseFileService.fileThreatReport(caller, report);
        return ResponseEntity.created(URI.create("/api/cases/" + reference)).body(Map.of("reference", reference));
    }

    @GetMapping("/{reference}")
    CaseView getCase(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        return caseFileService.findCase(caller, reference);
    }
}
