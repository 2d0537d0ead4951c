package org.hrdcasework.engagements;

import java.util.UUID;

/** A defender on a meeting's invitation list, by code name; invited only after consenting. */
record InvitationRecord(UUID id, UUID meetingId, UUID defenderId, String missionId, String codeName, String consent,
                        String preferredChannel, boolean invited, boolean attended) {

    static final String PENDING = "PENDING";
    static final String CONSENTED = "CONSENTED";
    static final String DECLINED = "DECLINED";
}
