package org.hrdcasework.support;

import java.util.UUID;
import org.hrdcasework.cases.ThreatType;

/** What an application needs to know about its case: ids, mission, stage and tier (no personal data). */
record CaseFacts(UUID id, String reference, String missionId, UUID defenderId, String stage, Integer urgencyTier,
                 ThreatType threatType) {

    /** The assessed tier, or until the first risk assessment the threat's provisional tier (as the case process does). */
    int tier() {
        return urgencyTier != null ? urgencyTier : threatType.provisionalTier();
    }
}
