package org.hrdcasework.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hrdcasework.actions.ActionType;

/**
 * One consent decision: given or refused, for one action type and one audience, with its receipt
 * (given by, through which channel, and why by a proxy). Withdrawal and lapse are recorded, never
 * deleted; the newest decision per action type and audience is the one that stands.
 */
public record ConsentRecord(UUID id, UUID caseId, ActionType actionType, Audience audience, String decision,
                            String givenBy, String givenThrough, String proxyReason, LocalDate expiresOn,
                            String recordedBy, OffsetDateTime recordedAt, String withdrawnBy, OffsetDateTime withdrawnAt,
                            OffsetDateTime lapsedAt, String lapseReason) {

    public static final String GIVEN = "GIVEN";
    public static final String REFUSED = "REFUSED";

    /** A given consent that still stands on {@code day}: not withdrawn, lapsed or expired. */
    public boolean validOn(LocalDate day) {
        return GIVEN.equals(decision) && withdrawnAt == null && lapsedAt == null && (expiresOn == null || !day.isAfter(expiresOn));
    }
}
