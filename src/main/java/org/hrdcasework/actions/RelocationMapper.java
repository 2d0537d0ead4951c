package org.hrdcasework.actions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** casework.relocation; every statement is scoped to the mission. */
@Mapper
interface RelocationMapper {

    /** Inserts the row, or (a new programme after a refused visa) replaces its plan and clears the visa. */
    void upsertPlan(RelocationRecord relocation);

    int recordVisa(@Param("missionId") String missionId, @Param("actionId") UUID actionId, @Param("visaOutcome") String visaOutcome,
                   @Param("status") String status, @Param("at") OffsetDateTime at);

    int recordStatus(@Param("missionId") String missionId, @Param("actionId") UUID actionId, @Param("status") String status,
                     @Param("at") OffsetDateTime at);

    int recordDeparture(@Param("missionId") String missionId, @Param("actionId") UUID actionId, @Param("departedOn") LocalDate departedOn,
                        @Param("stayEndsOn") LocalDate stayEndsOn, @Param("at") OffsetDateTime at);

    int recordExtension(@Param("missionId") String missionId, @Param("actionId") UUID actionId, @Param("months") int months,
                        @Param("stayEndsOn") LocalDate stayEndsOn, @Param("at") OffsetDateTime at);

    int recordReturn(@Param("missionId") String missionId, @Param("actionId") UUID actionId, @Param("returnedOn") LocalDate returnedOn,
                     @Param("at") OffsetDateTime at);

    /** Relocations of the case's stopped actions that had not left yet: not relocated. */
    int notRelocatedWhenStopped(@Param("caseId") UUID caseId, @Param("at") OffsetDateTime at);

    RelocationRecord findByAction(@Param("missionId") String missionId, @Param("actionId") UUID actionId);

    List<RelocationRecord> findByCase(@Param("missionId") String missionId, @Param("caseId") UUID caseId);
}
