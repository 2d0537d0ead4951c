package org.hrdcasework.engagements;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Engagements, their briefing pack snapshots, annual meetings and invitations. */
@Mapper
interface EngagementMapper {

    void insertEngagement(EngagementRecord engagement);

    Optional<EngagementRecord> findEngagement(@Param("reference") String reference,
                                              @Param("missions") Collection<String> missions);

    Optional<EngagementRecord> findEngagementById(UUID id);

    void setEngagementProcessInstance(@Param("id") UUID id, @Param("processInstanceId") String processInstanceId);

    int updateEngagementStatus(@Param("id") UUID id, @Param("status") EngagementStatus status);

    void recordStateAnswered(@Param("id") UUID id, @Param("stateAnswered") boolean stateAnswered);

    void markPackCompiled(@Param("id") UUID id, @Param("at") OffsetDateTime at);

    /** The mission's cases that are not closed. */
    List<OpenCase> findOpenCases(String missionId);

    void deleteSnapshot(UUID engagementId);

    void insertEngagementCase(EngagementCaseRecord row);

    List<PackEntry> findPack(UUID engagementId);

    int markRaised(@Param("engagementId") UUID engagementId, @Param("caseIds") Collection<UUID> caseIds,
                   @Param("answerReceived") boolean answerReceived, @Param("followUp") boolean followUp);

    void insertMeeting(AnnualMeetingRecord meeting);

    boolean meetingExists(@Param("missionId") String missionId, @Param("year") int year);

    Optional<AnnualMeetingRecord> findMeeting(@Param("reference") String reference,
                                              @Param("missions") Collection<String> missions);

    Optional<AnnualMeetingRecord> findMeetingById(UUID id);

    void setMeetingProcessInstance(@Param("id") UUID id, @Param("processInstanceId") String processInstanceId);

    int updateMeetingStatus(@Param("id") UUID id, @Param("status") String status);

    void recordAttendees(@Param("id") UUID id, @Param("attendees") int attendees);

    /** Defenders (not erased) with an open case in the mission, or a case closed since {@code closedSince}. */
    List<UUID> findInvitableDefenders(@Param("missionId") String missionId,
                                      @Param("closedSince") OffsetDateTime closedSince);

    void insertInvitation(InvitationRecord invitation);

    List<InvitationRecord> findInvitations(UUID meetingId);

    Optional<InvitationRecord> findInvitation(UUID id);

    int recordConsent(@Param("id") UUID id, @Param("consent") String consent,
                      @Param("preferredChannel") String preferredChannel);

    int markInvited(UUID meetingId);

    int markAttended(@Param("meetingId") UUID meetingId, @Param("invitationIds") Collection<UUID> invitationIds);

    /** Used by tests and retention checks: the meeting of a mission and year, if planned. */
    Optional<AnnualMeetingRecord> findMeetingOfYear(@Param("missionId") String missionId, @Param("year") int year);

}
