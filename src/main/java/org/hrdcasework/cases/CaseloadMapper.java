package org.hrdcasework.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The caseload and the deadline overview: one query for a page, one for its count. Cases are joined
 * to the engine's open tasks through the business key (the case reference, which the case's called
 * processes and escalation watches carry too), by indexed columns only.
 */
@Mapper
interface CaseloadMapper {

    /** One page, most urgent first: tier, overdue before not overdue, oldest incident, oldest case, reference. */
    List<CaseloadRow> findPage(CaseloadQuery query);

    /** How many cases the query selects in all (limit and offset aside). */
    long count(CaseloadQuery query);

    /** Open tasks of the missions' cases due before {@code endOfToday}, per tier. */
    List<DeadlineOverview.TaskCount> countDueTasks(@Param("missions") Collection<String> missions, @Param("now") Instant now,
                                                   @Param("endOfToday") Instant endOfToday);

    List<DeadlineOverview.EscalationCount> countOpenEscalations(@Param("missions") Collection<String> missions);
}
