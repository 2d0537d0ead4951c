package org.hrdcasework.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * casework.mission_report and the aggregate queries behind its figures. Every figure query is
 * bounded by one mission and the half-open instant range [from, to).
 */
@Mapper
interface ReportMapper {

    void insert(MissionReportRecord report);

    /** A recompilation: new figures, back to COMPILED, approval cleared. */
    int updateCompiled(@Param("reference") String reference, @Param("figures") String figures,
                       @Param("compiledAt") OffsetDateTime compiledAt);

    int approve(@Param("reference") String reference, @Param("approvedBy") String approvedBy,
                @Param("approvedAt") OffsetDateTime approvedAt);

    int markSent(@Param("reference") String reference, @Param("sentAt") OffsetDateTime sentAt);

    int acknowledge(@Param("reference") String reference, @Param("acknowledgedBy") String acknowledgedBy,
                    @Param("acknowledgedAt") OffsetDateTime acknowledgedAt);

    Optional<MissionReportRecord> findByReference(@Param("reference") String reference);

    /** The report, only if it belongs to one of {@code missions}. */
    Optional<MissionReportRecord> findVisible(@Param("reference") String reference,
                                              @Param("missions") Collection<String> missions);

    Optional<String> findMonthly(@Param("missionId") String missionId, @Param("periodStart") LocalDate periodStart);

    List<KeyCount> newCasesByThreatType(@Param("missionId") String missionId, @Param("from") OffsetDateTime from,
                                        @Param("to") OffsetDateTime to);

    List<KeyCount> furtherReportsByThreatType(@Param("missionId") String missionId, @Param("from") OffsetDateTime from,
                                              @Param("to") OffsetDateTime to);

    List<KeyCount> verificationOutcomes(@Param("missionId") String missionId, @Param("from") OffsetDateTime from,
                                        @Param("to") OffsetDateTime to);

    List<KeyCount> actionsByTypeAndState(@Param("missionId") String missionId, @Param("from") OffsetDateTime from,
                                         @Param("to") OffsetDateTime to);

    List<KeyCount> closuresByReasonAndOutcome(@Param("missionId") String missionId, @Param("from") OffsetDateTime from,
                                              @Param("to") OffsetDateTime to);

    List<CompletedTask> completedTasks(@Param("missionId") String missionId, @Param("taskKeys") Collection<String> taskKeys,
                                       @Param("from") OffsetDateTime from, @Param("to") OffsetDateTime to);

    List<KeyCount> escalationsByLevel(@Param("missionId") String missionId, @Param("from") OffsetDateTime from,
                                      @Param("to") OffsetDateTime to);

    long escalationsStillOpen(@Param("missionId") String missionId, @Param("from") OffsetDateTime from,
                              @Param("to") OffsetDateTime to);

    List<KeyCount> confirmedReprisalsByEngagementKind(@Param("missionId") String missionId, @Param("from") OffsetDateTime from,
                                                      @Param("to") OffsetDateTime to);

    List<KeyCount> openCasesByStage(@Param("missionId") String missionId, @Param("to") OffsetDateTime to);

    List<KeyCount> openCasesByTier(@Param("missionId") String missionId, @Param("to") OffsetDateTime to);
}
