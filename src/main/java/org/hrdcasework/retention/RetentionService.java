package org.hrdcasework.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.defenders.DefenderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the identity (and the narratives) of defenders whose cases have all been closed for
 * longer than the retention period. The case stays, as pseudonymous history. Reopened cases
 * are not closed, so their defenders are kept.
 */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final DefenderService defenderService;
    private final AuditLog auditLog;
    private final RetentionProperties properties;

    RetentionService(DefenderService defenderService, AuditLog auditLog, RetentionProperties properties) {
        this.defenderService = defenderService;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    /** Erases what is due at {@code now}; returns how many defenders' identities were erased. */
    @Transactional
    public int eraseExpiredIdentities(Instant now) {
        OffsetDateTime closedBefore = now.minus(properties.identityAfterClosure()).atOffset(ZoneOffset.UTC);
        List<UUID> due = defenderService.erasable(closedBefore);
        int erased = 0;
        for (UUID defenderId : due) {
            if (defenderService.erase(defenderId)) {
                erased++;
                auditLog.record("retention", AuditEventType.IDENTITY_ERASED, null, null,
                        "defender " + defenderId + ": all cases closed before " + closedBefore);
            }
        }
        if (erased > 0) {
            log.info("Retention: erased the identity of {} defender(s) whose cases closed before {}", erased, closedBefore);
        }
        return erased;
    }
}
