package org.hrdcasework.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hrdcasework.actions.ActionType;

/**
 * A case as {@code GET /api/cases/{reference}} returns it to the mission's own staff. The
 * defender appears by code name only; the real identity is never part of this view.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseView(String reference, String mission, CaseStage stage, Defender defender, Threat threat,
                ReportChannel channel, String source, Verification verification, String riskLevel, Integer urgencyTier,
                List<Action> actions, List<Consent> consents, ClosureReason closureReason,
                ClosureOutcome closureOutcome, String linkedCase, OffsetDateTime createdAt, String createdBy,
                OffsetDateTime closedAt, OffsetDateTime reopenedAt) {

    record Action(ActionType type, String state, String outcome, OffsetDateTime startedAt,
                  OffsetDateTime completedAt) {
    }

    record Consent(ActionType actionType, String scope, String givenBy, LocalDate expiresOn, boolean validToday,
                   OffsetDateTime withdrawnAt) {
    }

    record Defender(String codeName) {
    }

    record Threat(ThreatType type, String description, LocalDate occurredOn) {
    }

    record Verification(boolean isDefender, boolean linkedToHumanRightsWork, VerificationOutcome outcome,
                        String verifiedBy, OffsetDateTime verifiedAt) {
    }
}
