package org.hrdcasework.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.hrdcasework.actions.ActionType;

/**
 * What {@link CaseloadMapper} selects by: the caller's missions and user id, the moment "overdue" is
 * measured against, and the checked filters. One flat record, as MyBatis reads a record's components.
 */
record CaseloadQuery(Collection<String> missions, String userId, Instant now, CaseStage stage, Integer tier,
                     Boolean overdue, ActionType actionType, Boolean assignedToMe, OffsetDateTime openedFrom,
                     OffsetDateTime openedBefore, String referencePrefix, String codeNamePart, boolean open, int limit,
                     int offset) {

    static CaseloadQuery of(Collection<String> missions, String userId, Instant now, CaseloadFilter filter) {
        return new CaseloadQuery(missions, userId, now, filter.stage(), filter.tier(), filter.overdue(),
                filter.actionType(), filter.assignedToMe(), filter.openedFrom(), filter.openedBefore(),
                filter.referencePrefix(), filter.codeNamePart(), filter.open(), filter.limit(), filter.offset());
    }
}
