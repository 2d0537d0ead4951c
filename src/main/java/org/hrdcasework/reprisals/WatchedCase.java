package org.hrdcasework.reprisals;

import java.util.UUID;

/** What a watch needs of its case: ids, mission, defender (pseudonymous id) and tier. */
record WatchedCase(UUID id, String reference, String missionId, UUID defenderId, Integer urgencyTier) {
}
