package org.hrdcasework.actions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ActionMapper {

    void insert(ActionRecord action);

    int recordOutcome(@Param("id") UUID id, @Param("outcome") String outcome);

    int finish(@Param("id") UUID id, @Param("state") String state, @Param("completedAt") OffsetDateTime completedAt);

    int stopOpen(@Param("caseId") UUID caseId, @Param("outcome") String outcome, @Param("completedAt") OffsetDateTime completedAt);

    int stopOpenOfType(@Param("caseId") UUID caseId, @Param("actionType") ActionType actionType, @Param("outcome") String outcome,
                       @Param("completedAt") OffsetDateTime completedAt);

    List<ActionRecord> findByCase(UUID caseId);
}
