package org.hrdcasework.cases;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A case_verification row. */
record VerificationRecord(UUID caseId, boolean isDefender, boolean linkedToHumanRightsWork, UUID duplicateOfCaseId,
                          VerificationOutcome outcome, String verifiedBy, OffsetDateTime verifiedAt) {
}
