package org.hrdcasework.cases;

import org.hrdcasework.system.web.ApiAccess;
import java.util.List;
import org.hrdcasework.system.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{reference}/timeline}: what happened to the case, newest first (codes, not words). */
@ApiAccess("staff of the case's own mission")
@RestController
class CaseTimelineController {

    private final CaseTimelineService service;

    CaseTimelineController(CaseTimelineService service) {
        this.service = service;
    }

    /** The latest entries; {@code truncated} says whether older ones were left off ({@code limit} at most). */
    record TimelineResponse(String reference, List<TimelineEntry> entries, boolean truncated, int limit) {
    }

    @GetMapping(path = "/api/cases/{reference}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    TimelineResponse timeline(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        CaseTimelineService.Timeline timeline = service.timeline(caller, reference);
        return new TimelineResponse(reference, timeline.entries(), timeline.truncated(), timeline.limit());
    }
}
