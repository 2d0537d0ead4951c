package org.hrdcasework.coordination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Partner missions, sharings, joint actions, UN referrals and NHRI engagements. Reads a user can
 * reach take the caller's missions; reads by reference alone are for engine glue acting for a process.
 */
@Mapper
interface CoordinationMapper {

    // Partner missions

    List<PartnerMission> activePartnersOf(@Param("missions") Collection<String> missions);

    List<PartnerMission> findPartners(@Param("missionId") String missionId, @Param("ids") Collection<UUID> ids);

    /** Adds the partner unless the mission already has one of that name; returns rows inserted. */
    int insertPartnerIfAbsent(PartnerMission partner);

    /** Rows updated: 0 when the partner is not one of {@code missions}'. */
    int updatePartnerActive(@Param("id") UUID id, @Param("missions") Collection<String> missions,
                            @Param("active") boolean active);

    Optional<PartnerMission> findPartner(UUID id);

    // Sharings

    void insertShare(CaseShareRecord share);

    List<CaseShareRecord> sharesOfReference(String reference);

    List<CaseShareRow> sharesOfCase(UUID caseId);

    int updateShareStatus(@Param("reference") String reference, @Param("status") ShareStatus status);

    int markConsentChecked(@Param("reference") String reference, @Param("checkedAt") OffsetDateTime checkedAt);

    int saveSummary(@Param("id") UUID id, @Param("summaryEnc") byte[] summaryEnc, @Param("draftedBy") String draftedBy);

    int approveShares(@Param("reference") String reference, @Param("approvedBy") String approvedBy);

    int markShared(@Param("reference") String reference, @Param("sharedAt") OffsetDateTime sharedAt);

    void insertJointAction(JointActionRecord action);

    void insertJointActionPartner(@Param("jointActionId") UUID jointActionId, @Param("partnerId") UUID partnerId);

    List<JointActionRecord> jointActionsOfCase(UUID caseId);

    // UN referrals

    void insertReferral(UnReferralRecord referral);

    Optional<UnReferralRecord> findReferral(String reference);

    Optional<UnReferralRow> findReferralRow(@Param("reference") String reference,
                                            @Param("missions") Collection<String> missions);

    List<UnReferralRow> referralsOf(@Param("missions") Collection<String> missions);

    int updateReferralStatus(@Param("reference") String reference, @Param("status") ReferralStatus status);

    int saveSubmissionText(@Param("reference") String reference, @Param("textEnc") byte[] textEnc);

    int markCleared(@Param("reference") String reference, @Param("clearedBy") String clearedBy);

    int markSubmitted(@Param("reference") String reference, @Param("submittedOn") LocalDate submittedOn,
                      @Param("replyDueOn") LocalDate replyDueOn);

    int recordStateReply(@Param("reference") String reference, @Param("repliedOn") LocalDate repliedOn,
                         @Param("assessment") ReplyAssessment assessment);

    int recordFollowUp(@Param("reference") String reference, @Param("followUp") FollowUp followUp);

    // NHRI engagements

    void insertNhriEngagement(NhriEngagementRecord engagement);

    List<NhriEngagementRow> nhriEngagementsOf(@Param("missions") Collection<String> missions);
}
