package org.hrdcasework.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the append-only audit log. Events are written in the caller's transaction,
 * so an action and its audit row commit together; login failures get a transaction of their own
 * (the failed login itself changes nothing).
 */
@Service
public class AuditLog {

    public static final int MAX_DETAIL = 1000;

    private final AuditMapper mapper;
    private final Clock clock;

    AuditLog(AuditMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public void record(String actor, AuditEventType type, String missionId, String caseReference, String detail) {
        mapper.insert(new AuditEvent(null, OffsetDateTime.now(clock), actor == null ? "anonymous" : actor, type,
                missionId, caseReference, detail == null ? null : detail.substring(0, Math.min(detail.length(), MAX_DETAIL))));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditQuery query) {
        return mapper.find(query);
    }
}
