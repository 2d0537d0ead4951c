package org.hrdcasework.reprisals;

import org.hrdcasework.cases.CaseInMission;
import org.hrdcasework.cases.CaseScope;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.ApiAccess;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's reprisal watches and linked reprisals, for its own mission only (another mission's case is "not found"). */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiAccess("staff of the case's own mission (headquarters: its missions)")
class ReprisalController {

    private final CaseScope cases;
    private final ReprisalWatches watches;

    ReprisalController(CaseScope cases, ReprisalWatches watches) {
        this.cases = cases;
        this.watches = watches;
    }

    @GetMapping("/{reference}/reprisals")
    CaseReprisals reprisals(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        CaseInMission c = cases.caseOf(caller, reference);
        return watches.ofCase(c.id(), c.missionId());
    }
}
