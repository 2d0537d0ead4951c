package org.hrdcasework.coordination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A case brought to the UN; {@code replyDueOn} is the state's reply time after submission (processes/Cadences.dmn, UN_REPLY). */
record UnReferralRecord(UUID id, String reference, String missionId, UUID caseId, UnForum forum, UnMandate mandate,
                        ReferralStatus status, byte[] submissionTextEnc, String clearedBy, LocalDate submittedOn,
                        LocalDate replyDueOn, LocalDate stateRepliedOn, ReplyAssessment replyAssessment,
                        String followUp, boolean nhriEngaged, String createdBy, OffsetDateTime createdAt) {
}
