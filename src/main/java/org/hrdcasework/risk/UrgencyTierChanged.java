package org.hrdcasework.risk;

import java.util.UUID;

/**
 * A risk assessment gave a case a different urgency tier. Published in the assessment's own
 * transaction; other work that follows the tier (the contact cadence of the defender's
 * relationship) listens to it.
 */
public record UrgencyTierChanged(UUID caseId, int urgencyTier) {
}
