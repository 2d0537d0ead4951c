package org.hrdcasework.actions;

import org.hrdcasework.system.web.ApiAccess;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.FormAnswers;
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

/**
 * The hearing calendar of the caller's missions ({@code GET /api/hearings}), a postponement known
 * before the hearing day ({@code POST /api/hearings/{id}/postponement}) and the pseudonymous trial
 * report for partner missions ({@code GET /api/hearings/{id}/trial-report}, audited).
 */
@ApiAccess("staff of the caller's missions")
@RestController
@RequestMapping("/api/hearings")
class HearingController {

    private final Hearings hearings;

    HearingController(Hearings hearings) {
        this.hearings = hearings;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<Hearings.Hearing> calendar(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String from) {
        return hearings.calendar(caller, from == null ? null : FormAnswers.date("from", from));
    }

    @ApiAccess("case-officers, supervisors, senior-officials of the hearing's mission")
    @PostMapping(path = "/{id}/postponement", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Hearings.Hearing postpone(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                              @RequestBody(required = false) Hearings.Postponement request) {
        return hearings.postpone(caller, id, request);
    }

    @ApiAccess("staff of the hearing's mission; the defender's consent to share the trial observation with partners is required (409); audited")
    @GetMapping("/{id}/trial-report")
    ResponseEntity<String> trialReport(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        String html = hearings.trialReport(caller, id);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("trial-report.html").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(html);
    }
}
