package org.hrdcasework.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.duties.DutyReferences;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a mission report: requested (by supervisors, senior officials or headquarters of
 * its mission) or started by the monthly cycle, then compiled, approved, sent and acknowledged as
 * its process moves on. Engine-agnostic: ReportingEngine starts the process.
 */
@Service
class MissionReports {

    static final List<String> MAY_REQUEST = List.of(Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS, Roles.HEADQUARTERS);

    private final ReportMapper mapper;
    private final ReportFigures figures;
    private final ReportingEngine engine;
    private final DutyReferences dutyReferences;
    private final AuditLog auditLog;
    private final Clock clock;

    MissionReports(ReportMapper mapper, ReportFigures figures, ReportingEngine engine, DutyReferences dutyReferences,
                   AuditLog auditLog, Clock clock) {
        this.mapper = mapper;
        this.figures = figures;
        this.engine = engine;
        this.dutyReferences = dutyReferences;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A report for a chosen period, compiled at once and waiting for the supervisors' review; its reference. */
    @Transactional
    public String requestOnDemand(Caller caller, String missionId, LocalDate from, LocalDate to) {
        ReportPeriod period = ReportPeriod.requested(from, to, LocalDate.now(clock), "from", "to");
        if (!caller.hasAnyGroup(MAY_REQUEST)) {
            throw new AccessRefusedException("mission", "your role may not request mission reports");
        }
        if (!caller.isMemberOf(missionId)) {
            throw new AccessRefusedException("mission", "'" + missionId + "' is not one of your missions");
        }
        return start(missionId, ReportKind.ON_DEMAND, period, caller.userId());
    }

    /** The monthly report of the mission for that month, unless one was already started; its reference if started. */
    @Transactional
    public Optional<String> startMonthly(String missionId, YearMonth month) {
        ReportPeriod period = ReportPeriod.month(month);
        if (mapper.findMonthly(missionId, period.start()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(start(missionId, ReportKind.MONTHLY, period, "monthly-reporting-cycle"));
    }

    private String start(String missionId, ReportKind kind, ReportPeriod period, String requestedBy) {
        String reference = dutyReferences.next(missionId, ReportProcesses.DUTY_KIND);
        engine.startMissionReport(reference, missionId, kind, period, requestedBy);
        return reference;
    }

    /** Writes the report's figures: a new row, or new figures for a report sent back for recompilation. */
    @Transactional
    public void compile(String reference, String missionId, ReportKind kind, ReportPeriod period, String requestedBy,
                        String processInstanceId) {
        String compiled = figures.write(figures.figures(missionId, period));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (mapper.findByReference(reference).isPresent()) {
            if (mapper.updateCompiled(reference, compiled, now) == 0) {
                throw new IllegalStateException("Report " + reference + " was already sent; it cannot be recompiled");
            }
            return;
        }
        mapper.insert(new MissionReportRecord(UUID.randomUUID(), reference, missionId, kind, period.start(), period.end(),
                ReportStatus.COMPILED, compiled, now, null, null, null, null, null, requestedBy, processInstanceId));
    }

    @Transactional
    public void approve(String reference, String approvedBy) {
        if (mapper.approve(reference, approvedBy, OffsetDateTime.now(clock)) == 0) {
            throw new IllegalStateException("Report " + reference + " is not waiting for approval");
        }
    }

    /** Marks the approved report sent to headquarters; the sending is audited as an export by its approver. */
    @Transactional
    public void send(String reference) {
        MissionReportRecord report = mapper.findByReference(reference)
                .orElseThrow(() -> new IllegalStateException("No report " + reference));
        if (mapper.markSent(reference, OffsetDateTime.now(clock)) == 0) {
            throw new IllegalStateException("Report " + reference + " is not approved");
        }
        auditLog.record(report.approvedBy(), AuditEventType.EXPORT, report.missionId(), reference,
                "mission report sent to headquarters");
    }

    @Transactional
    public void acknowledge(String reference, String acknowledgedBy) {
        if (mapper.acknowledge(reference, acknowledgedBy, OffsetDateTime.now(clock)) == 0) {
            throw new IllegalStateException("Report " + reference + " has not been sent");
        }
    }
}
