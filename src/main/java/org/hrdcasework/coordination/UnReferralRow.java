package org.hrdcasework.coordination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A referral joined with its case reference and the defender's code name, for reading. */
record UnReferralRow(UUID id, String reference, String missionId, String caseReference, String defenderCodeName,
                     UnForum forum, UnMandate mandate, ReferralStatus status, byte[] submissionTextEnc,
                     String clearedBy, LocalDate submittedOn, LocalDate replyDueOn, LocalDate stateRepliedOn,
                     ReplyAssessment replyAssessment, String followUp, boolean nhriEngaged, String createdBy,
                     OffsetDateTime createdAt) {
}
