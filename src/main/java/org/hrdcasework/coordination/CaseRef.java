package org.hrdcasework.coordination;

import java.util.UUID;

/** The case a sharing or referral is about, as far as coordination needs it (no identity). */
record CaseRef(UUID id, String reference, String missionId, String defenderCodeName, Integer urgencyTier,
               String stage) {
}
