package org.hrdcasework.coordination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An engagement of a national human-rights institution, optionally about one case. */
record NhriEngagementRecord(UUID id, String missionId, UUID caseId, String institution,
                            ParisPrinciplesStatus parisPrinciplesStatus, LocalDate engagedOn, NhriEngagementKind kind,
                            String recordedBy, OffsetDateTime recordedAt) {
}
