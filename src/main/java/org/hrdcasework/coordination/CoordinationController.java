package org.hrdcasework.coordination;

import org.hrdcasework.system.web.ApiAccess;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hrdcasework.system.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coordination with like-minded missions and multilateral work: sharing a case with partner
 * missions, referring it to the UN, and the mission's engagement of national human-rights institutions.
 */
@ApiAccess("case-officers, supervisors, senior-officials, headquarters, of the caller's missions")
@RestController
class CoordinationController {

    private final CaseSharingService sharing;
    private final UnReferralService referrals;
    private final NhriEngagementService nhri;
    private final PartnerMissionService partners;

    CoordinationController(CaseSharingService sharing, UnReferralService referrals, NhriEngagementService nhri,
                           PartnerMissionService partners) {
        this.sharing = sharing;
        this.referrals = referrals;
        this.nhri = nhri;
        this.partners = partners;
    }

    /** Body of {@code PUT /api/partner-missions/{id}}. */
    record PartnerChange(Boolean active) {
    }

    /** Body of {@code POST /api/cases/{ref}/shares}. */
    record ShareRequest(List<UUID> partners) {
    }

    /** Body of {@code POST /api/cases/{ref}/un-referrals}. */
    record UnReferralRequest(UnForum forum, UnMandate mandate, Boolean nhriEngaged) {
    }

    @ApiAccess("staff of the caller's missions (any role): their missions' active partners")
    @GetMapping(path = "/api/partner-missions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PartnerMission> partnerMissions(@AuthenticationPrincipal Caller caller) {
        return sharing.partnersOf(caller);
    }

    @ApiAccess("supervisors, senior-officials of the mission")
    @PostMapping(path = "/api/partner-missions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PartnerMission> addPartnerMission(@AuthenticationPrincipal Caller caller,
                                                     @RequestBody PartnerMissionService.NewPartner request) {
        return ResponseEntity.status(201).body(partners.add(caller, request));
    }

    @ApiAccess("supervisors, senior-officials of the mission")
    @PutMapping(path = "/api/partner-missions/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PartnerMission changePartnerMission(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                                        @RequestBody PartnerChange change) {
        return partners.setActive(caller, id, change.active());
    }

    @ApiAccess("case-officers, supervisors of the case's mission; approved by a senior official; consent-gated")
    @PostMapping(path = "/api/cases/{reference}/shares", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> share(@AuthenticationPrincipal Caller caller, @PathVariable String reference,
                                              @RequestBody ShareRequest request) {
        CaseSharingService.Started started = sharing.request(caller, reference, request.partners());
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/shares"))
                .body(Map.of("reference", started.reference(), "caseReference", reference, "status", started.status()));
    }

    @GetMapping(path = "/api/cases/{reference}/shares", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseSharingService.CaseCoordination shares(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        return sharing.sharesOf(caller, reference);
    }

    /**
     * Starts a UN referral. Without valid public consent to coordination the referral is refused at
     * once: still 201 (the refusal is on record), with status REFUSED_NO_CONSENT.
     */
    @ApiAccess("case-officers, supervisors of the case's mission; public consent required")
    @PostMapping(path = "/api/cases/{reference}/un-referrals", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> refer(@AuthenticationPrincipal Caller caller, @PathVariable String reference,
                                              @RequestBody UnReferralRequest request) {
        UnReferralService.Started started = referrals.request(caller, reference, request.forum(), request.mandate(),
                request.nhriEngaged());
        return ResponseEntity.created(URI.create("/api/un-referrals/" + started.reference()))
                .body(Map.of("reference", started.reference(), "caseReference", reference, "status", started.status()));
    }

    @GetMapping(path = "/api/un-referrals", produces = MediaType.APPLICATION_JSON_VALUE)
    List<UnReferralService.ReferralSummary> unReferrals(@AuthenticationPrincipal Caller caller) {
        return referrals.referralsOf(caller);
    }

    @GetMapping(path = "/api/un-referrals/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    UnReferralService.ReferralView unReferral(@AuthenticationPrincipal Caller caller, @PathVariable String reference) {
        return referrals.referralOf(caller, reference);
    }

    @ApiAccess("case-officers, supervisors, senior-officials of the mission")
    @PostMapping(path = "/api/nhri-engagements", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> recordNhriEngagement(@AuthenticationPrincipal Caller caller,
                                                             @RequestBody NhriEngagementService.Engagement engagement) {
        UUID id = nhri.record(caller, engagement);
        return ResponseEntity.status(201).body(Map.of("id", id));
    }

    @GetMapping(path = "/api/nhri-engagements", produces = MediaType.APPLICATION_JSON_VALUE)
    List<NhriEngagementRow> nhriEngagements(@AuthenticationPrincipal Caller caller) {
        return nhri.engagementsOf(caller);
    }
}
