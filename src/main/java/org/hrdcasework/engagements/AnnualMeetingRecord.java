package org.hrdcasework.engagements;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One year's meeting between the mission's defenders and diplomats. */
record AnnualMeetingRecord(UUID id, String reference, String missionId, int meetingYear, LocalDate plannedOn,
                           String status, Integer attendees, String createdBy, OffsetDateTime createdAt,
                           String processInstanceId) {

    static final String PLANNING = "PLANNING";
    static final String INVITING = "INVITING";
    static final String INVITED = "INVITED";
    static final String HELD = "HELD";
    static final String STOPPED = "STOPPED";
}
