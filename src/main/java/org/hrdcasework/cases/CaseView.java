package org.hrdcasework.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.consent.Audience;

/**
 * A case as {@code GET /api/cases/{reference}} returns it to the mission's own staff. The
 * defender appears by code name only; the real identity is never part of this view.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(String reference, String mission, CaseStage stage, Defender defender, Threat threat,
                ReportChannel channel, String source, Verification verification, String riskLevel, Integer urgencyTier,
                List<Action> actions, List<Consent> consents, ClosureReason closureReason,
                ClosureOutcome closureOutcome, String linkedCase, OffsetDateTime createdAt, String createdBy,
                OffsetDateTime closedAt, OffsetDateTime reopenedAt) {

    /** An action of the plan; {@code relocation} only for a temporary relocation once its eligibility is assessed. */
    public record Action(ActionType type, String state, String outcome, OffsetDateTime startedAt,
                  OffsetDateTime completedAt, Relocation relocation) {
    }

    /** Where a temporary relocation stands: no names, the family as a count. */
    public record Relocation(String status, String programme, int durationMonths, int familyMembers, String visaOutcome,
                             LocalDate departedOn, LocalDate stayEndsOn, LocalDate returnedOn) {
    }

    public record Consent(ActionType actionType, Audience audience, String givenBy, String givenThrough, LocalDate expiresOn,
                          boolean validToday, OffsetDateTime withdrawnAt, OffsetDateTime lapsedAt) {
    }

    public record Defender(String codeName) {
    }

    public record Threat(ThreatType type, String description, LocalDate occurredOn) {
    }

    public record Verification(boolean isDefender, boolean linkedToHumanRightsWork, VerificationOutcome outcome,
                        String verifiedBy, OffsetDateTime verifiedAt) {
    }
}
