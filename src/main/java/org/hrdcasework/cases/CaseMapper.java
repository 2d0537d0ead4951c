package org.hrdcasework.cases;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Case rows. Every read takes the caller's missions as a parameter: isolation lives in the query. */
@Mapper
interface CaseMapper {

    void insert(CaseRecord record);

    void updateProcessInstance(@Param("id") UUID id, @Param("processInstanceId") String processInstanceId);

    Optional<CaseInMission> findInMissions(@Param("reference") String reference, @Param("missions") Collection<String> missions);

    Optional<CaseSummary> findByReference(@Param("reference") String reference,
                                          @Param("missions") Collection<String> missions);

    /** For engine glue acting on behalf of the process: no mission filter, by internal id. */
    Optional<CaseRecord> findById(UUID id);

    /** The defender's open, verified cases in the mission (for a concern raised at a contact). */
    List<CaseRecord> findOpenVerifiedOfDefender(@Param("defenderId") UUID defenderId, @Param("missionId") String missionId);

    /** Threat reports on the defender in the mission since {@code since}: new cases and further reports. */
    long countReportsSince(@Param("defenderId") UUID defenderId, @Param("missionId") String missionId,
                           @Param("since") OffsetDateTime since);

    Optional<CaseRecord> findOpenByReferenceInMission(@Param("reference") String reference,
                                                      @Param("missionId") String missionId);

    void insertVerification(VerificationRecord verification);

    int updateStage(@Param("id") UUID id, @Param("stage") CaseStage stage,
                    @Param("closureReason") ClosureReason closureReason,
                    @Param("linkedCaseId") UUID linkedCaseId, @Param("closedAt") OffsetDateTime closedAt);

    /** Moves an open case to another stage; a closed case stays closed. */
    int moveOpenCaseToStage(@Param("id") UUID id, @Param("stage") CaseStage stage);

    int closeAfterReview(@Param("id") UUID id, @Param("outcome") ClosureOutcome outcome,
                         @Param("closedAt") OffsetDateTime closedAt);

    int reopen(@Param("id") UUID id, @Param("reopenedAt") OffsetDateTime reopenedAt);

    int updateRisk(@Param("id") UUID id, @Param("riskLevel") String riskLevel, @Param("urgencyTier") int urgencyTier);

    void insertThreatReport(FurtherReportRecord report);
}
