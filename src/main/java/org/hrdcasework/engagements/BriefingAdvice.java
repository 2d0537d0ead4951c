package org.hrdcasework.engagements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.consent.Audience;
import org.hrdcasework.consent.ConsentRecord;
import org.hrdcasework.consent.ConsentService;
import org.springframework.stereotype.Component;

/**
 * What a briefing pack may say about a case, read from the consent register (do no harm):
 * <ul>
 *   <li>valid consent to a public act ({@link ActionType#PUBLIC}) before the public: the case may be raised publicly;</li>
 *   <li>valid consent to some act before the host state, none before the public: raise privately only;</li>
 *   <li>no valid consent before the host state (none given, refused, withdrawn, lapsed or expired): do not raise.</li>
 * </ul>
 * A meeting between the visitor and the defender is proposed only with valid consent before the public: a
 * senior official's meeting with a defender is seen by the host state's security services and so
 * exposes the defender as much as a public statement would. With quiet consent the mission can
 * still arrange discreet contact outside the visit; it is not put to the visitor.
 */
@Component
class BriefingAdvice {

    private final ConsentService consentService;
    private final Clock clock;

    BriefingAdvice(ConsentService consentService, Clock clock) {
        this.consentService = consentService;
        this.clock = clock;
    }

    /** The recommendation and whether a meeting with the defender is proposed. */
    record Advice(Recommendation recommendation, boolean meetingProposed) {
    }

    Advice adviseOn(UUID caseId) {
        LocalDate today = LocalDate.now(clock);
        List<ConsentRecord> standing = consentService.standingConsentsOf(caseId).stream().filter(c -> c.validOn(today)).toList();
        boolean publicConsent = standing.stream()
                .anyMatch(c -> c.audience() == Audience.PUBLIC && ActionType.PUBLIC.contains(c.actionType()));
        boolean hostStateConsent = standing.stream().anyMatch(c -> c.audience() == Audience.HOST_STATE);
        Recommendation recommendation = publicConsent ? Recommendation.RAISE_PUBLICLY
                : hostStateConsent ? Recommendation.RAISE_PRIVATELY : Recommendation.DO_NOT_RAISE;
        return new Advice(recommendation, publicConsent);
    }
}
