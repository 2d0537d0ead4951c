package org.hrdcasework.cases;

import org.hrdcasework.system.web.ApiAccess;
import java.util.List;
import org.hrdcasework.system.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caseload ({@code GET /api/cases}) and the supervisors' deadline overview ({@code GET /api/deadlines}). */
@RestController
class CaseloadController {

    private final CaseloadService caseloadService;

    CaseloadController(CaseloadService caseloadService) {
        this.caseloadService = caseloadService;
    }

    /**
     * A page of the caller's missions' cases, most urgent first; {@code X-Total-Count} says how many
     * the filters select in all. The query string is read whole, so that an unknown or repeated
     * parameter is refused rather than ignored.
     */
    @ApiAccess("staff of the caller's missions (headquarters: all its missions); their cases only")
    @GetMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<CaseloadEntry>> caseload(@AuthenticationPrincipal Caller caller,
                                                 @RequestParam MultiValueMap<String, String> parameters) {
        return caseloadService.caseload(caller, parameters).response();
    }

    @ApiAccess("supervisors, senior-officials, headquarters, for their missions")
    @GetMapping(path = "/api/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
    DeadlineOverview deadlines(@AuthenticationPrincipal Caller caller) {
        return caseloadService.deadlines(caller);
    }
}
