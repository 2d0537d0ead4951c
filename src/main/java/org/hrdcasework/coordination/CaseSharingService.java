package org.hrdcasework.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.cases.CaseInMission;
import org.hrdcasework.cases.CaseScope;
import org.hrdcasework.consent.Audience;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.crypto.FieldCipher;
import org.hrdcasework.crypto.FieldContext;
import org.hrdcasework.defenders.DefenderService;
import org.hrdcasework.duties.DutyReferences;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.ConflictException;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing a case with like-minded partner missions: consent to coordination first, a pseudonymous
 * summary approved by a senior official, one row per partner with the summary as sent (encrypted),
 * an audit entry per partner, and the joint action taken together, if any.
 */
@Service
class CaseSharingService {

    static final String TABLE = "case_share";
    /** Context column of summary_enc (see crypto/EncryptedColumn.CASE_SHARE_SUMMARY). */
    static final String SUMMARY_COLUMN = "summary";
    static final List<String> MAY_REQUEST = List.of(Roles.CASE_OFFICERS, Roles.SUPERVISORS);
    static final int MAX_PARTNERS = 20;

    private final CoordinationMapper mapper;
    private final CaseScope cases;
    private final CoordinationEngine engine;
    private final DutyReferences dutyReferences;
    private final ConsentService consentService;
    private final DefenderService defenderService;
    private final FieldCipher cipher;
    private final AuditLog auditLog;
    private final Clock clock;

    CaseSharingService(CoordinationMapper mapper, CaseScope cases, CoordinationEngine engine,
                       DutyReferences dutyReferences, ConsentService consentService, DefenderService defenderService,
                       FieldCipher cipher, AuditLog auditLog, Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.engine = engine;
        this.dutyReferences = dutyReferences;
        this.consentService = consentService;
        this.defenderService = defenderService;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A sharing's reference and where it stands right after the consent check. */
    record Started(String reference, ShareStatus status) {
    }

    /** Starts a sharing of the case with partners of its own mission. */
    @Transactional
    public Started request(Caller caller, String caseReference, List<UUID> partners) {
        CoordinationAccess.requireRole(caller, MAY_REQUEST, "reference", "share cases with partners");
        if (partners == null || partners.isEmpty()) {
            throw new InvalidInputException("partners", "name at least one partner mission");
        }
        if (partners.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("partners", "must not contain empty entries");
        }
        Set<UUID> distinct = new LinkedHashSet<>(partners);
        if (distinct.size() > MAX_PARTNERS) {
            throw new InvalidInputException("partners", "at most " + MAX_PARTNERS + " partners at once");
        }
        CaseInMission c = cases.caseOf(caller, caseReference);
        if ("CLOSED".equals(c.stage())) {
            throw new ConflictException("Case " + c.reference() + " is closed: nothing to coordinate");
        }
        List<PartnerMission> found = mapper.findPartners(c.missionId(), distinct);
        if (found.size() != distinct.size() || found.stream().anyMatch(p -> !p.active())) {
            throw new InvalidInputException("partners", "every partner must be an active partner of " + c.missionId()
                    + " (GET /api/partner-missions)");
        }
        String reference = dutyReferences.next(c.missionId(), CoordinationProcesses.KIND_SHARING);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (UUID partner : distinct) {
            mapper.insertShare(new CaseShareRecord(UUID.randomUUID(), reference, c.missionId(), c.id(), partner,
                    ShareStatus.AWAITING_CONSENT, null, null, caller.userId(), now, null, null, null, null));
        }
        engine.start(CoordinationProcesses.SHARING_KEY, reference, c, null, null);
        return new Started(reference, rows(reference).get(0).status());
    }

    /**
     * Whether the case holds valid consent to coordination with partner missions; stamps the check when
     * it does. Checked when the sharing starts and again at the moment of sharing.
     */
    @Transactional
    public boolean checkConsent(String reference) {
        CaseShareRecord first = rows(reference).get(0);
        boolean held = consentService.permits(first.caseId(), ActionType.COORDINATION, Audience.PARTNER_MISSIONS);
        if (held) {
            mapper.markConsentChecked(reference, OffsetDateTime.now(clock));
        }
        return held;
    }

    /** Consent lapsed between drafting and sharing: nothing is sent. */
    @Transactional
    public void stop(String reference) {
        mapper.updateShareStatus(reference, ShareStatus.NOT_SHARED);
    }

    /**
     * The officer's answer after seeking consent. Consent obtained is written to the consent
     * register here (coordination with partner missions, with its receipt and expiry), then checked again by the process.
     */
    @Transactional
    public void recordConsentAnswer(String reference, boolean obtained, ConsentService.Receipt receipt,
                                    LocalDate expiresOn, String actor, String caseReference) {
        CaseShareRecord first = rows(reference).get(0);
        if (!obtained) {
            mapper.updateShareStatus(reference, ShareStatus.NOT_SHARED);
            return;
        }
        consentService.recordFor(first.caseId(), ActionType.COORDINATION, List.of(Audience.PARTNER_MISSIONS.name()), expiresOn,
                receipt, actor);
        auditLog.record(actor, AuditEventType.CONSENT_CHANGE, first.missionId(), caseReference,
                "consent recorded: [COORDINATION] to [PARTNER_MISSIONS] for " + reference);
    }

    /** Stores the summary as it will be sent, encrypted once per partner row; refused if it names the defender. */
    @Transactional
    public void saveSummary(String reference, String text, String actor) {
        List<CaseShareRecord> rows = rows(reference);
        defenderService.requirePseudonymous(rows.get(0).caseId(), CoordinationProcesses.SHARED_SUMMARY, text);
        for (CaseShareRecord row : rows) {
            mapper.saveSummary(row.id(), cipher.encrypt(text, field(row.id())), actor);
        }
    }

    /** The senior official's decision: approved (with or without a joint action planned) or returned to the drafter. */
    @Transactional
    public void decide(String reference, String decision, String actor) {
        if (CoordinationProcesses.APPROVED.equals(decision)) {
            mapper.approveShares(reference, actor);
        } else if (CoordinationProcesses.RETURNED.equals(decision)) {
            mapper.updateShareStatus(reference, ShareStatus.DRAFTING);
        } else {
            throw new InvalidInputException(CoordinationProcesses.SHARING_DECISION, "must be APPROVED or RETURNED");
        }
    }

    /** Marks the approved summary shared with every partner, one audit entry per partner. */
    @Transactional
    public void share(String reference, String caseReference) {
        List<CaseShareRecord> rows = rows(reference);
        Map<UUID, String> names = partnerNames(rows);
        mapper.markShared(reference, OffsetDateTime.now(clock));
        for (CaseShareRecord row : rows) {
            auditLog.record(row.approvedBy(), AuditEventType.PARTNER_SHARE, row.missionId(), caseReference,
                    reference + ": pseudonymous summary shared with " + names.get(row.partnerId())
                            + " (drafted by " + row.draftedBy() + ")");
        }
    }

    /** Records the joint action taken with the sharing's partners. */
    @Transactional
    public void recordJointAction(String reference, JointActionKind actionKind, LocalDate day, String actor) {
        if (day.isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new InvalidInputException(CoordinationProcesses.TAKEN_ON, "must be within the next year");
        }
        List<CaseShareRecord> rows = rows(reference);
        UUID id = UUID.randomUUID();
        mapper.insertJointAction(new JointActionRecord(id, rows.get(0).missionId(), rows.get(0).caseId(), reference,
                actionKind, day, actor, OffsetDateTime.now(clock)));
        rows.forEach(row -> mapper.insertJointActionPartner(id, row.partnerId()));
    }

    /** A sharing's partner as the mission's staff read it, the summary decrypted. */
    record ShareView(String reference, UUID partnerId, String partnerName, ShareStatus status, String summary,
                     OffsetDateTime consentCheckedAt, String requestedBy, OffsetDateTime requestedAt, String draftedBy,
                     String approvedBy, String sharedBy, OffsetDateTime sharedAt) {
    }

    /** A joint action taken with partners. */
    record JointActionView(String shareReference, JointActionKind kind, LocalDate takenOn, String recordedBy) {
    }

    /** The case's sharings and joint actions. */
    record CaseCoordination(String caseReference, List<ShareView> shares, List<JointActionView> jointActions) {
    }

    @Transactional
    public CaseCoordination sharesOf(Caller caller, String caseReference) {
        CoordinationAccess.requireRole(caller, Roles.MAY_REVEAL_IDENTITY, "reference", "read the case's sharings");
        CaseInMission c = cases.caseOf(caller, caseReference);
        auditLog.record(caller.userId(), AuditEventType.CASE_RECORDS_VIEW, c.missionId(), c.reference(),
                "sharings with partner missions");
        List<ShareView> shares = mapper.sharesOfCase(c.id()).stream()
                .map(s -> new ShareView(s.reference(), s.partnerId(), s.partnerName(), s.status(),
                        s.summaryEnc() == null ? null : cipher.decrypt(s.summaryEnc(), field(s.id())),
                        s.consentCheckedAt(), s.requestedBy(), s.requestedAt(), s.draftedBy(), s.approvedBy(),
                        s.sharedBy(), s.sharedAt()))
                .toList();
        List<JointActionView> joint = mapper.jointActionsOfCase(c.id()).stream()
                .map(j -> new JointActionView(j.shareReference(), j.kind(), j.takenOn(), j.recordedBy()))
                .toList();
        return new CaseCoordination(c.reference(), shares, joint);
    }

    @Transactional(readOnly = true)
    public List<PartnerMission> partnersOf(Caller caller) {
        return caller.missions().isEmpty() ? List.of() : mapper.activePartnersOf(caller.missions());
    }

    private List<CaseShareRecord> rows(String reference) {
        List<CaseShareRecord> rows = mapper.sharesOfReference(reference);
        if (rows.isEmpty()) {
            throw new IllegalStateException("No sharing " + reference);
        }
        return rows;
    }

    private Map<UUID, String> partnerNames(List<CaseShareRecord> rows) {
        return mapper.findPartners(rows.get(0).missionId(), rows.stream().map(CaseShareRecord::partnerId).toList())
                .stream().collect(Collectors.toMap(PartnerMission::id, PartnerMission::name, (a, b) -> a));
    }

    private static FieldContext field(UUID rowId) {
        return new FieldContext(TABLE, SUMMARY_COLUMN, rowId.toString());
    }
}
