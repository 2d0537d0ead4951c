package org.hrdcasework.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.actions.ActionService;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.actions.RelocationRecord;
import org.hrdcasework.actions.Relocations;
import org.hrdcasework.consent.ConsentService;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.crypto.FieldCipher;
import org.hrdcasework.crypto.FieldContext;
import org.hrdcasework.defenders.DefenderService;
import org.hrdcasework.defenders.DefenderService.Pseudonym;
import org.hrdcasework.defenders.Missions;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.database.CounterMapper;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.ConflictException;
import org.hrdcasework.system.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases of concern: filing a threat report, reading a case, recording verification. The
 * engine shares our transaction, so a case row and its process instance commit together or not at all.
 */
@Service
public class CaseFileService {

    static final String TABLE = "case_file";
    static final int MIN_REVEAL_REASON = 10;
    static final int MAX_REVEAL_REASON = 500;
    private static final Logger log = LoggerFactory.getLogger(CaseFileService.class);

    private final CaseMapper caseMapper;
    private final CounterMapper counterMapper;
    private final DefenderService defenderService;
    private final CaseEngine engine;
    private final ActionService actionService;
    private final ConsentService consentService;
    private final Relocations relocations;
    private final AuditLog auditLog;
    private final FieldCipher cipher;
    private final Clock clock;

    CaseFileService(CaseMapper caseMapper, CounterMapper counterMapper, DefenderService defenderService,
                    CaseEngine engine, ActionService actionService, ConsentService consentService,
                    Relocations relocations, AuditLog auditLog, FieldCipher cipher, Clock clock) {
        this.relocations = relocations;
        this.auditLog = auditLog;
        this.caseMapper = caseMapper;
        this.counterMapper = counterMapper;
        this.defenderService = defenderService;
        this.engine = engine;
        this.actionService = actionService;
        this.consentService = consentService;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Files a report for one of the caller's missions; returns the new case reference. */
    @Transactional
    public String fileThreatReport(Caller caller, ThreatReport report) {
        if (!caller.hasAnyGroup(Roles.MAY_FILE_REPORTS)) {
            throw new AccessRefusedException("mission", "your role may not file threat reports");
        }
        if (!caller.isMemberOf(report.mission())) {
            throw new AccessRefusedException("mission", "'" + report.mission() + "' is not one of your missions");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ThreatReport.Defender d = report.defender();
        Pseudonym defender = defenderService.register(report.mission(), new DefenderService.Identity(d.fullName(),
                d.contact(), d.organisation(), d.location(), d.photoReference(), d.family()), caller.userId());
        UUID caseId = UUID.randomUUID();
        String reference = nextReference(report.mission(), now);
        caseMapper.insert(new CaseRecord(caseId, reference, report.mission(), defender.id(), report.threat().type(),
                cipher.encrypt(report.threat().description(), field("threat_description", caseId)),
                report.threat().occurredOn(), report.channel(),
                cipher.encrypt(report.source(), field("report_source", caseId)),
                CaseStage.VERIFICATION, null, null, null, now, caller.userId(), null));
        String processInstanceId = engine.start(caseId, reference, report.mission(), report.threat().type(), report.threat().occurredOn());
        caseMapper.updateProcessInstance(caseId, processInstanceId);
        log.info("Case {} filed for {} by {} (defender {})", reference, report.mission(), caller.userId(),
                defender.codeName());
        return reference;
    }

    /** The case if it belongs to one of the caller's missions; otherwise "not found", whether it exists or not. */
    @Transactional
    public CaseView findCase(Caller caller, String reference) {
        CaseSummary c = summary(caller, reference);
        auditLog.record(caller.userId(), AuditEventType.CASE_VIEW, c.missionId(), c.reference(), null);
        LocalDate today = LocalDate.now(clock);
        // A temporary relocation shows where it stands (no names: programme, months, family count, dates).
        Map<UUID, CaseView.Relocation> relocated = relocations.ofCase(c.missionId(), c.id()).stream()
                .collect(Collectors.toMap(RelocationRecord::actionId, r -> new CaseView.Relocation(r.status(), r.programme(),
                        r.durationMonths(), r.familyMembers(), r.visaOutcome(), r.departedOn(), r.stayEndsOn(), r.returnedOn())));
        List<CaseView.Action> actions = actionService.actionsOf(c.id()).stream()
                .map(a -> new CaseView.Action(a.actionType(), a.state(), a.outcome(), a.startedAt(), a.completedAt(),
                        relocated.get(a.id())))
                .toList();
        List<CaseView.Consent> consents = consentService.standingConsentsOf(c.id()).stream()
                .map(k -> new CaseView.Consent(k.actionType(), k.audience(), k.givenBy(), k.givenThrough(), k.expiresOn(),
                        k.validOn(today), k.withdrawnAt(), k.lapsedAt()))
                .toList();
        CaseView.Verification verification = c.verificationOutcome() == null ? null
                : new CaseView.Verification(c.verifiedIsDefender(), c.verifiedLinkedToHumanRightsWork(),
                        c.verificationOutcome(), c.verifiedBy(), c.verifiedAt());
        return new CaseView(c.reference(), c.missionId(), c.stage(), new CaseView.Defender(c.defenderCodeName()),
                new CaseView.Threat(c.threatType(),
                        cipher.decrypt(c.threatDescriptionEnc(), field("threat_description", c.id())),
                        c.threatOccurredOn()),
                c.reportChannel(), cipher.decrypt(c.reportSourceEnc(), field("report_source", c.id())),
                verification, c.riskLevel(), c.urgencyTier(), actions, consents, c.closureReason(), c.closureOutcome(),
                c.linkedCaseReference(), c.createdAt(), c.createdBy(), c.closedAt(), c.reopenedAt());
    }

    /**
     * A new threat report for the case's defender: on an open case it is added and the risk is
     * reassessed; a closed case is reopened (same case, linked history) and goes back to risk assessment.
     */
    @Transactional
    public FurtherReportOutcome fileFurtherReport(Caller caller, String reference, FurtherReport report) {
        requireCaseWorker(caller);
        CaseSummary c = summary(caller, reference);
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID reportId = UUID.randomUUID();
        caseMapper.insertThreatReport(new FurtherReportRecord(reportId, c.id(), report.threat().type(),
                cipher.encrypt(report.threat().description(), new FieldContext("threat_report", "description", reportId.toString())),
                report.threat().occurredOn(), report.channel(), caller.userId(), now));
        if (c.stage() == CaseStage.CLOSED) {
            if (c.verificationOutcome() != VerificationOutcome.VERIFIED) {
                throw new ConflictException("Case " + reference + " was closed at verification; file a new report instead");
            }
            caseMapper.reopen(c.id(), now);
            String instanceId = engine.reopen(c.id(), c.reference(), c.missionId(), report.threat().type(), report.threat().occurredOn());
            caseMapper.updateProcessInstance(c.id(), instanceId);
            log.info("Case {} reopened by {} after a new report", reference, caller.userId());
            return FurtherReportOutcome.CASE_REOPENED;
        }
        if (c.stage() == CaseStage.VERIFICATION) {
            return FurtherReportOutcome.ADDED_TO_REPORT_UNDER_VERIFICATION;
        }
        engine.situationChanged(c.reference(), SituationChange.NEW_THREAT, false);
        return FurtherReportOutcome.RISK_REASSESSMENT_STARTED;
    }

    /** What a further report did. */
    public enum FurtherReportOutcome {
        CASE_REOPENED, RISK_REASSESSMENT_STARTED, ADDED_TO_REPORT_UNDER_VERIFICATION
    }

    /** Arrest, release, relocation...: starts a reassessment on an open, verified case. */
    @Transactional
    public void reportSituationChange(Caller caller, String reference, SituationChange change) {
        requireCaseWorker(caller);
        CaseSummary c = summary(caller, reference);
        if (c.stage() == CaseStage.CLOSED || c.stage() == CaseStage.VERIFICATION) {
            throw new ConflictException("Case " + reference + " is " + c.stage()
                    + ": a situation change applies to open, verified cases (a closed case is reopened by a new report)");
        }
        boolean lapsed = change.lapsesConsent() && consentService.lapse(c.id(), change.name()) > 0;
        if (lapsed) {
            auditLog.record(caller.userId(), AuditEventType.CONSENT_CHANGE, c.missionId(), c.reference(),
                    "every consent lapsed: situation changed (" + change + ")");
            // A public statement under way stops as it would on a withdrawal: nothing public without a new decision.
            engine.publicConsentWithdrawn(c.reference());
        }
        engine.situationChanged(c.reference(), change, lapsed);
    }

    /**
     * Closes the case now, whatever still runs: the actions in progress stop with the case's closure
     * as their reason, their processes end, and the case is closed with its outcome.
     */
    @Transactional
    public void closeNow(Caller caller, String reference, ClosureOutcome outcome) {
        requireCaseWorker(caller);
        CaseSummary c = summary(caller, reference);
        if (c.stage() == CaseStage.CLOSED || c.stage() == CaseStage.VERIFICATION) {
            throw new ConflictException("Case " + reference + " is " + c.stage()
                    + ": a case is closed at any time once verified, and only once (a report under verification is rejected instead)");
        }
        int stopped = closeStoppingWhatRuns(c.id(), outcome, caller.userId());
        engine.closeNow(c.reference());
        log.info("Case {} closed at once by {}: {} action(s) stopped", c.reference(), caller.userId(), stopped);
    }

    /** Stops the case's running actions of a type, wherever they stand, while the case goes on. */
    @Transactional
    public int stopAction(Caller caller, String reference, ActionType actionType) {
        requireCaseWorker(caller);
        CaseSummary c = summary(caller, reference);
        int stopped = actionService.stopOfType(c.id(), actionType, ActionProcesses.OUTCOME_STOPPED_BY_OFFICER);
        if (stopped == 0) {
            throw new ConflictException("Case " + reference + " has no " + actionType + " action in progress");
        }
        engine.stopAction(c.reference(), actionType);
        log.info("Case {}: {} {} action(s) stopped by {}", c.reference(), stopped, actionType, caller.userId());
        return stopped;
    }

    /** Adds an action to the case's plan while the others run: it starts at once, and checks consent at its act. */
    @Transactional
    public void addAction(Caller caller, String reference, ActionType actionType) {
        requireCaseWorker(caller);
        CaseSummary c = summary(caller, reference);
        if (!planInForce(c.stage())) {
            throw new ConflictException("Case " + reference + " is " + c.stage()
                    + ": an action is added to a case whose plan is in force (plan the first actions in Tasklist)");
        }
        engine.addAction(c.reference(), actionType);
    }

    /**
     * A concern raised at a contact with the defender, followed up by a supervisor: a risk
     * reassessment starts on each of the defender's open, verified cases in the mission (refused,
     * naming {@code field}, when there is none: a threat report is the way then).
     */
    @Transactional
    public int reassessOnConcern(UUID defenderId, String missionId, String field) {
        List<CaseRecord> open = caseMapper.findOpenVerifiedOfDefender(defenderId, missionId);
        if (open.isEmpty()) {
            throw new InvalidInputException(field, "the defender has no open, verified case to reassess: file a threat report instead");
        }
        open.forEach(c -> engine.situationChanged(c.reference(), SituationChange.OTHER, false));
        return open.size();
    }

    /**
     * Refuses, naming {@code field}, unless a threat report on the defender (a new case or a further
     * report) was filed in the mission since {@code since}: the concern's follow-up says one was.
     */
    @Transactional(readOnly = true)
    public void requireReportSince(UUID defenderId, String missionId, OffsetDateTime since, String field) {
        if (caseMapper.countReportsSince(defenderId, missionId, since) == 0) {
            throw new InvalidInputException(field, "no threat report on the defender has been filed since the concern was raised: "
                    + "file it first (a further report on the defender's case, or a new report), then complete this task");
        }
    }

    /** Refuses, naming {@code field}, unless the case's plan is in force (an action can be added to it). */
    @Transactional(readOnly = true)
    public void requirePlanInForce(UUID caseId, String field) {
        CaseRecord c = caseMapper.findById(caseId).orElseThrow(() -> new InvalidInputException(field, "names no case"));
        if (!planInForce(c.stage())) {
            throw new InvalidInputException(field, "case " + c.reference() + " is " + c.stage()
                    + ": it has no plan in force yet; plan the action in its \"Plan actions\" task");
        }
    }

    /** Adds an action to the plan of a case from another process of its mission (e.g. a dialogue's follow-up). */
    @Transactional
    public void addActionToPlan(UUID caseId, ActionType actionType) {
        addActionToPlan(caseId, actionType, "caseId");
    }

    /** As {@link #addActionToPlan(UUID, ActionType)}, refused naming {@code field} when the case has no plan in force. */
    @Transactional
    public void addActionToPlan(UUID caseId, ActionType actionType, String field) {
        requirePlanInForce(caseId, field);
        engine.addAction(caseMapper.findById(caseId).orElseThrow().reference(), actionType);
    }

    /** Actions are added to a case, or stopped, once its plan is in force. */
    private static boolean planInForce(CaseStage stage) {
        return stage == CaseStage.ACTIONS || stage == CaseStage.MONITORING;
    }

    /** The defender withdraws consent to an action type; public actions in progress stop at once. */
    @Transactional
    public boolean withdrawConsent(Caller caller, String reference, ActionType actionType) {
        requireCaseWorker(caller);
        CaseSummary c = summary(caller, reference);
        boolean withdrawn = consentService.withdraw(c.id(), actionType, caller.userId());
        auditLog.record(caller.userId(), AuditEventType.CONSENT_CHANGE, c.missionId(), c.reference(),
                "consent to " + actionType + " withdrawn" + (withdrawn ? "" : " (none was standing)"));
        if (withdrawn && ActionType.PUBLIC.contains(actionType)) {
            engine.publicConsentWithdrawn(c.reference());
        }
        return withdrawn;
    }

    /**
     * Need-to-know reveal of the defender's identity to the case's own mission staff, with a reason
     * that goes to the audit log together with who and when.
     */
    @Transactional
    public DefenderService.Revealed revealIdentity(Caller caller, String reference, String reason) {
        if (!caller.hasAnyGroup(Roles.MAY_REVEAL_IDENTITY)) {
            throw new AccessRefusedException("reference", "your role may not reveal identities");
        }
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.length() < MIN_REVEAL_REASON) {
            throw new InvalidInputException("reason", "say why you need the identity (at least " + MIN_REVEAL_REASON
                    + " characters)");
        }
        if (trimmed.length() > MAX_REVEAL_REASON) {
            throw new InvalidInputException("reason", "must be at most " + MAX_REVEAL_REASON + " characters");
        }
        CaseSummary c = summary(caller, reference);
        auditLog.record(caller.userId(), AuditEventType.IDENTITY_REVEAL, c.missionId(), c.reference(),
                "defender " + c.defenderCodeName() + "; reason: " + trimmed);
        return defenderService.reveal(c.defenderId());
    }

    /** The case's mission, for audit entries of other features; empty if not one of the caller's missions. */
    @Transactional(readOnly = true)
    public String missionOf(Caller caller, String reference) {
        return summary(caller, reference).missionId();
    }

    /** Moves an open case to the stage its process has reached. */
    @Transactional
    public void moveToStage(UUID caseId, CaseStage stage) {
        caseMapper.moveOpenCaseToStage(caseId, stage);
    }

    @Transactional
    public void updateRisk(UUID caseId, String riskLevel, int urgencyTier) {
        caseMapper.updateRisk(caseId, riskLevel, urgencyTier);
    }

    /**
     * Closes the case with its outcome (at a review, or at any time): the actions still in progress
     * are recorded as stopped because the case closed; returns how many.
     */
    @Transactional
    public int closeStoppingWhatRuns(UUID caseId, ClosureOutcome outcome, String closedBy) {
        int stopped = actionService.stopAllOf(caseId, ActionProcesses.OUTCOME_STOPPED_CASE_CLOSED);
        closeAfterReview(caseId, outcome, closedBy);
        return stopped;
    }

    private void closeAfterReview(UUID caseId, ClosureOutcome outcome, String closedBy) {
        if (caseMapper.closeAfterReview(caseId, outcome, OffsetDateTime.now(clock)) == 0) {
            throw new IllegalStateException("Case " + caseId + " is already closed");
        }
        log.info("Case {} closed by {} with outcome {}", caseId, closedBy, outcome);
    }

    private CaseSummary summary(Caller caller, String reference) {
        CaseScope.requireWellFormed("reference", reference);
        Optional<CaseSummary> found = caller.missions().isEmpty() ? Optional.empty()
                : caseMapper.findByReference(reference, caller.missions());
        return found.orElseThrow(() -> CaseScope.notFound(reference));
    }

    private static void requireCaseWorker(Caller caller) {
        if (!caller.hasAnyGroup(Roles.MAY_FILE_REPORTS)) {
            throw new AccessRefusedException("reference", "your role may not change cases");
        }
    }

    /**
     * Records the officer's verification and moves the case on: verified, rejected with its
     * reason, or linked to the defender's open case. Runs inside the task completion.
     */
    @Transactional
    public VerificationOutcome recordVerification(UUID caseId, VerificationAnswers answers, String verifiedBy) {
        CaseRecord c = caseMapper.findById(caseId)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " does not exist"));
        if (c.stage() != CaseStage.VERIFICATION) {
            throw new IllegalStateException("Case " + c.reference() + " is not waiting for verification");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID duplicateOf = null;
        VerificationOutcome outcome;
        ClosureReason closureReason = null;
        String duplicateReference = answers.duplicateOfReference() == null ? "" : answers.duplicateOfReference().trim();
        if (!duplicateReference.isEmpty()) {
            CaseScope.requireWellFormed("duplicateOfReference", duplicateReference);
            CaseRecord original = caseMapper.findOpenByReferenceInMission(duplicateReference, c.missionId())
                    .filter(o -> !o.id().equals(c.id()))
                    .orElseThrow(() -> new InvalidInputException("duplicateOfReference",
                            "no other open case " + duplicateReference + " in this mission"));
            duplicateOf = original.id();
            outcome = VerificationOutcome.DUPLICATE;
            closureReason = ClosureReason.DUPLICATE_OF_OPEN_CASE;
        } else if (!answers.isDefender()) {
            outcome = VerificationOutcome.REJECTED;
            closureReason = ClosureReason.NOT_A_DEFENDER;
        } else if (!answers.linkedToHumanRightsWork()) {
            outcome = VerificationOutcome.REJECTED;
            closureReason = ClosureReason.NOT_LINKED_TO_HUMAN_RIGHTS_WORK;
        } else {
            outcome = VerificationOutcome.VERIFIED;
        }
        caseMapper.insertVerification(new VerificationRecord(caseId, answers.isDefender(),
                answers.linkedToHumanRightsWork(), duplicateOf, outcome, verifiedBy, now));
        boolean closed = outcome != VerificationOutcome.VERIFIED;
        caseMapper.updateStage(caseId, closed ? CaseStage.CLOSED : CaseStage.RISK_ASSESSMENT, closureReason, duplicateOf,
                closed ? now : null);
        log.info("Case {} verification by {}: {}", c.reference(), verifiedBy, outcome);
        return outcome;
    }

    private String nextReference(String missionId, OffsetDateTime now) {
        String code = Missions.code(missionId);
        int year = now.getYear();
        long number = counterMapper.next("case:" + missionId + ":" + year);
        return "%s-%d-%04d".formatted(code, year, number);
    }

    private static FieldContext field(String column, UUID caseId) {
        return new FieldContext(TABLE, column, caseId.toString());
    }
}
