package org.hrdcasework.coordination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An engagement joined with its case reference, for reading. */
record NhriEngagementRow(UUID id, String missionId, String caseReference, String institution,
                         ParisPrinciplesStatus parisPrinciplesStatus, LocalDate engagedOn, NhriEngagementKind kind,
                         String recordedBy, OffsetDateTime recordedAt) {
}
