package org.hrdcasework.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The case file's timeline and open tasks, read from our tables and the engine's history and
 * runtime tables by the case's id, defender, reference and mission (all indexed; see the XML).
 */
@Mapper
interface CaseTimelineMapper {

    /**
     * Everything that happened to the case, newest first, at most {@code limit} entries.
     *
     * @param zone the JVM's zone id, in which the engine writes its timestamps
     */
    List<TimelineEntry> findTimeline(@Param("caseId") UUID caseId, @Param("reference") String reference,
                                     @Param("missionId") String missionId, @Param("defenderId") UUID defenderId,
                                     @Param("zone") String zone, @Param("limit") int limit);

    /** The case's open tasks, earliest due first (tasks without a due date last), at most {@code limit}. */
    List<OpenTask> findOpenTasks(@Param("reference") String reference, @Param("missionId") String missionId,
                                 @Param("zone") String zone, @Param("limit") int limit);

    /** An open task of the case: the engine's task id (for Tasklist), name, assignee, candidate groups (comma-separated). */
    record OpenTask(String id, String name, String assignee, String candidateGroups, OffsetDateTime due,
                    OffsetDateTime created) {
    }
}
