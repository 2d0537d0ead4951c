package org.hrdcasework.escalation;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EscalationMapper {

    /** Inserts unless (task, level) was already escalated; returns the number of rows inserted (0 or 1). */
    int insertOnce(EscalationRecord escalation);

    int resolveOpen(@Param("taskId") String taskId, @Param("resolvedAt") OffsetDateTime resolvedAt);

    int recordDecision(@Param("id") UUID id, @Param("decision") String decision, @Param("decidedBy") String decidedBy,
                       @Param("decidedAt") OffsetDateTime decidedAt);

    /** A page of the given missions' open escalations, most overdue first; the assignee comes from the engine's task table. */
    List<EscalationView> findOpen(@Param("missions") Collection<String> missions, @Param("level") Integer level,
                                  @Param("stage") String stage, @Param("now") OffsetDateTime now,
                                  @Param("limit") int limit, @Param("offset") int offset);

    long countOpen(@Param("missions") Collection<String> missions, @Param("level") Integer level, @Param("stage") String stage);
}
