package org.hrdcasework.audit;

import java.time.OffsetDateTime;

/** One audit_event row. {@code detail} never holds identities or narratives. */
public record AuditEvent(Long id, OffsetDateTime occurredAt, String actor, AuditEventType eventType, String missionId,
                         String caseReference, String detail) {
}
