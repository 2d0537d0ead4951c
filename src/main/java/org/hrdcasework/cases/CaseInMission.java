package org.hrdcasework.cases;

import java.util.UUID;

/**
 * A case of one of the caller's missions, as the features built around cases need it: ids,
 * mission, the defender's code name, stage and tier. No identity, no narrative.
 */
public record CaseInMission(UUID id, String reference, String missionId, UUID defenderId, String defenderCodeName,
                            String stage, Integer urgencyTier, ThreatType threatType) {

    /** The assessed tier, or until the first risk assessment the threat's provisional tier (as the case process does). */
    public int tier() {
        return urgencyTier != null ? urgencyTier : threatType.provisionalTier();
    }
}
