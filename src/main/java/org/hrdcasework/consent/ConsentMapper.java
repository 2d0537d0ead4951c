package org.hrdcasework.consent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.hrdcasework.actions.ActionType;

@Mapper
interface ConsentMapper {

    void insert(ConsentRecord consent);

    List<ConsentRecord> findByCase(UUID caseId);

    /** Withdraws every standing consent of the case for this action type; returns how many. */
    int withdraw(@Param("caseId") UUID caseId, @Param("actionType") ActionType actionType,
                 @Param("withdrawnBy") String withdrawnBy, @Param("withdrawnAt") OffsetDateTime withdrawnAt);
}
