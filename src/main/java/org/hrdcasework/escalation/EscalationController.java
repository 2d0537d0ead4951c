package org.hrdcasework.escalation;

import org.hrdcasework.system.web.ApiAccess;
import java.util.List;
import org.hrdcasework.system.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The escalation board's API, {@code GET /api/escalations}; the page is {@link EscalationPageController}'s. */
@ApiAccess("supervisors, senior-officials, headquarters, for their missions")
@Controller
class EscalationController {

    private final EscalationService escalationService;

    EscalationController(EscalationService escalationService) {
        this.escalationService = escalationService;
    }

    /** A page of the board (most overdue first); {@code X-Total-Count} says how many are open in all. */
    @GetMapping(path = "/api/escalations", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<List<EscalationView>> openEscalations(@AuthenticationPrincipal Caller caller,
                                                         @RequestParam(required = false) Integer level,
                                                         @RequestParam(required = false) String stage,
                                                         @RequestParam(required = false) Integer limit,
                                                         @RequestParam(required = false) Integer offset) {
        return escalationService.openEscalations(caller, level, stage, limit, offset).response();
    }
}
