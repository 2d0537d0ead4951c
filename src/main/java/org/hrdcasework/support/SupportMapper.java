package org.hrdcasework.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The programme catalogue and the applications. Every read of applications a user can reach
 * takes the caller's missions: isolation lives in the query.
 */
@Mapper
interface SupportMapper {

    List<ProgrammeRow> findProgrammes(@Param("kind") ProgrammeKind kind, @Param("purpose") SupportPurpose purpose);

    Optional<ProgrammeRow> findProgramme(String code);

    void insertProgramme(ProgrammeRow programme);

    int updateProgramme(ProgrammeRow programme);

    void deletePurposes(String code);

    void insertPurpose(@Param("code") String code, @Param("purpose") SupportPurpose purpose);

    /** Serialises applications for one defender, so that two at once still see each other as duplicates. */
    UUID lockDefender(UUID defenderId);

    /** The latest other application of the defender for the purpose that is open or funded. */
    Optional<UUID> findFundingOverlap(@Param("defenderId") UUID defenderId, @Param("purpose") SupportPurpose purpose,
                                      @Param("statuses") Collection<ApplicationStatus> statuses);

    void insertApplication(ApplicationRow application);

    void updateProcessInstance(@Param("id") UUID id, @Param("processInstanceId") String processInstanceId);

    /** For engine glue acting for the process: by internal id, no mission filter. */
    Optional<ApplicationRow> findApplication(UUID id);

    Optional<ApplicationRow> findApplicationByReference(@Param("reference") String reference,
                                                        @Param("missions") Collection<String> missions);

    List<SupportApplicationView> findApplications(@Param("missions") Collection<String> missions,
                                                  @Param("caseId") UUID caseId);

    int markSubmitted(@Param("id") UUID id, @Param("submittedOn") LocalDate submittedOn,
                      @Param("programmeReference") String programmeReference, @Param("now") OffsetDateTime now);

    int markDecided(@Param("id") UUID id, @Param("status") ApplicationStatus status,
                    @Param("decidedOn") LocalDate decidedOn, @Param("amountGranted") BigDecimal amountGranted,
                    @Param("now") OffsetDateTime now);

    int markPaid(@Param("id") UUID id, @Param("paidOn") LocalDate paidOn, @Param("amountPaid") BigDecimal amountPaid,
                 @Param("now") OffsetDateTime now);

    int markWithdrawn(@Param("id") UUID id, @Param("reason") WithdrawalReason reason, @Param("now") OffsetDateTime now);
}
