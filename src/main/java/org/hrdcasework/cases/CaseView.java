package org.hrdcasework.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A case as {@code GET /api/cases/{reference}} returns it to the mission's own staff. The
 * defender appears by code name only; the real identity is never part of this view.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseView(String reference, String mission, CaseStage stage, Defender defender, Threat threat,
                ReportChannel channel, String source, Verification verification, ClosureReason closureReason,
                String linkedCase, OffsetDateTime createdAt, String createdBy, OffsetDateTime closedAt) {

    record Defender(String codeName) {
    }

    record Threat(ThreatType type, String description, LocalDate occurredOn) {
    }

    record Verification(boolean isDefender, boolean linkedToHumanRightsWork, VerificationOutcome outcome,
                        String verifiedBy, OffsetDateTime verifiedAt) {
    }
}
