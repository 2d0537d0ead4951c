package org.hrdcasework.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hrdcasework.actions.ActionType;

/** A consent row: consent to one action type, as given; a withdrawal is recorded, never deleted. */
public record ConsentRecord(UUID id, UUID caseId, ActionType actionType, String scope, String givenBy,
                            LocalDate expiresOn, String recordedBy, OffsetDateTime recordedAt, String withdrawnBy,
                            OffsetDateTime withdrawnAt) {

    public static final String PUBLIC = "PUBLIC";

    /** Valid on {@code day}: not withdrawn and not expired. */
    public boolean validOn(LocalDate day) {
        return withdrawnAt == null && (expiresOn == null || !day.isAfter(expiresOn));
    }
}
