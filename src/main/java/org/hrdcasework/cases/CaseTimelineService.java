package org.hrdcasework.cases;

import java.time.ZoneId;
import java.util.List;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.system.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file's history and open work: the timeline of one case (newest first, bounded) and its
 * open tasks. A case of another mission is "not found", exactly as {@code GET /api/cases/{reference}}.
 */
@Service
class CaseTimelineService {

    /** How many entries the timeline shows at most (the latest ones); the page says so when there are more. */
    static final int TIMELINE_LIMIT = 200;
    /** How many open tasks the case file lists at most (a case has a handful; a runaway model must not flood the page). */
    static final int OPEN_TASKS_LIMIT = 50;

    private final CaseScope caseScope;
    private final CaseTimelineMapper mapper;
    private final AuditLog auditLog;

    CaseTimelineService(CaseScope caseScope, CaseTimelineMapper mapper, AuditLog auditLog) {
        this.caseScope = caseScope;
        this.mapper = mapper;
        this.auditLog = auditLog;
    }

    /** A bounded timeline: the latest entries, newest first, and whether older ones were left off. */
    record Timeline(List<TimelineEntry> entries, boolean truncated, int limit) {
    }

    /** The timeline of a case of the caller's missions (400 for a malformed reference, 404 otherwise); audited as a view. */
    @Transactional
    public Timeline timeline(Caller caller, String reference) {
        CaseInMission c = caseScope.caseOf(caller, reference);
        auditLog.record(caller.userId(), AuditEventType.CASE_VIEW, c.missionId(), c.reference(), "timeline");
        return timelineOf(c);
    }

    /** The timeline of a case already found in the caller's missions (and its view audited). */
    @Transactional(readOnly = true)
    Timeline timelineOf(CaseInMission c) {
        List<TimelineEntry> entries = mapper.findTimeline(c.id(), c.reference(), c.missionId(), c.defenderId(),
                engineZone(), TIMELINE_LIMIT + 1);
        boolean truncated = entries.size() > TIMELINE_LIMIT;
        return new Timeline(truncated ? entries.subList(0, TIMELINE_LIMIT) : entries, truncated, TIMELINE_LIMIT);
    }

    /** The open tasks of a case already found in the caller's missions, earliest due first. */
    @Transactional(readOnly = true)
    List<CaseTimelineMapper.OpenTask> openTasksOf(CaseInMission c) {
        return mapper.findOpenTasks(c.reference(), c.missionId(), engineZone(), OPEN_TASKS_LIMIT);
    }

    /** The engine writes its timestamps without a zone, in the JVM's. */
    private static String engineZone() {
        return ZoneId.systemDefault().getId();
    }
}
