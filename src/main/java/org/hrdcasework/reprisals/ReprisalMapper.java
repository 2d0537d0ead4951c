package org.hrdcasework.reprisals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reprisal watches, the engagements they cover and the reprisals linked to them; every query takes the mission. */
@Mapper
interface ReprisalMapper {

    Optional<WatchedCase> findCase(@Param("caseId") UUID caseId);

    /** The defender's cases in the mission that are not closed. */
    List<UUID> openCasesOfDefender(@Param("defenderId") UUID defenderId, @Param("missionId") String missionId);

    void insertWatch(ReprisalWatchRecord watch);

    void insertEngagement(@Param("watchId") UUID watchId, @Param("missionId") String missionId, @Param("kind") String kind,
                          @Param("reference") String reference, @Param("at") OffsetDateTime at);

    Optional<ReprisalWatchRecord> findOpenWatchOfCase(@Param("caseId") UUID caseId, @Param("missionId") String missionId);

    Optional<ReprisalWatchRecord> findWatch(@Param("id") UUID id, @Param("missionId") String missionId);

    void updateProcessInstance(@Param("id") UUID id, @Param("missionId") String missionId,
                               @Param("processInstanceId") String processInstanceId);

    void extendWatch(@Param("id") UUID id, @Param("missionId") String missionId, @Param("endsAt") OffsetDateTime endsAt);

    /** Closes the watch if it is open; returns the rows changed (0 when it was already closed). */
    int closeWatch(@Param("id") UUID id, @Param("missionId") String missionId, @Param("at") OffsetDateTime at);

    /** The defender's open watch in the mission that a threat report now can follow, the latest first. */
    Optional<ReprisalWatchRecord> findOpenWatchOfDefender(@Param("defenderId") UUID defenderId, @Param("missionId") String missionId);

    void insertReprisal(ReprisalRecord reprisal);

    /** The oldest proposed link of the watch not yet decided. */
    Optional<ReprisalRecord> findPendingLink(@Param("watchId") UUID watchId, @Param("missionId") String missionId);

    void decideLink(@Param("id") UUID id, @Param("missionId") String missionId, @Param("confirmed") boolean confirmed,
                    @Param("decidedBy") String decidedBy, @Param("at") OffsetDateTime at);

    List<ReprisalWatchRecord> watchesOfCase(@Param("caseId") UUID caseId, @Param("missionId") String missionId);

    List<ReprisalRecord> reprisalsOfCase(@Param("caseId") UUID caseId, @Param("missionId") String missionId);
}
