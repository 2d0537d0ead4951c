package org.hrdcasework.audit;

import java.time.OffsetDateTime;

/** Filters of {@code GET /api/audit}; any may be null. */
public record AuditQuery(AuditEventType type, String actor, String caseReference, OffsetDateTime from,
                         OffsetDateTime to, int limit) {
}
