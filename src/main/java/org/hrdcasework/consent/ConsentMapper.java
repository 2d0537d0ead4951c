package org.hrdcasework.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.hrdcasework.actions.ActionType;

@Mapper
interface ConsentMapper {

    void insert(ConsentRecord consent);

    /** Every decision of the case, oldest first. */
    List<ConsentRecord> findByCase(UUID caseId);

    /** Withdraws every standing consent of the case for this action type; returns how many. */
    int withdraw(@Param("caseId") UUID caseId, @Param("actionType") ActionType actionType,
                 @Param("withdrawnBy") String withdrawnBy, @Param("withdrawnAt") OffsetDateTime withdrawnAt);

    /** Lapses every standing given consent of the case; returns how many. */
    int lapse(@Param("caseId") UUID caseId, @Param("reason") String reason, @Param("lapsedAt") OffsetDateTime lapsedAt);

    /** Given consents, not withdrawn or lapsed and not yet noticed, that expire on or before {@code until}. */
    List<ConsentRecord> expiringUnnoticed(@Param("until") LocalDate until);

    /** Marks the notice given; false if another node gave it first. */
    int markNoticed(@Param("id") UUID id, @Param("noticedAt") OffsetDateTime noticedAt);
}
