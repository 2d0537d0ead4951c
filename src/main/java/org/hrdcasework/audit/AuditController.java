package org.hrdcasework.audit;

import org.hrdcasework.system.web.ApiAccess;
import java.time.OffsetDateTime;
import java.util.List;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit}: the audit log, newest first, for administrators only. */
@ApiAccess("camunda-admin (administrators)")
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditController {

    static final int MAX_LIMIT = 1000;

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    List<AuditEvent> find(@AuthenticationPrincipal Caller caller,
                          @RequestParam(required = false) AuditEventType type,
                          @RequestParam(required = false) String actor,
                          @RequestParam(name = "case", required = false) String caseReference,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                          @RequestParam(defaultValue = "200") int limit) {
        if (!caller.hasAnyGroup(List.of(Roles.ADMINISTRATORS))) {
            throw new AccessRefusedException("audit", "only administrators read the audit log");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return auditLog.find(new AuditQuery(type, actor, caseReference, from, to, limit));
    }
}
