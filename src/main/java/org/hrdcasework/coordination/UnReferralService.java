package org.hrdcasework.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
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
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.NotFoundException;
import org.hrdcasework.reprisals.ReprisalWatches;
import org.hrdcasework.reprisals.VisibleEngagement;
import org.hrdcasework.system.engine.Cadences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing a case to the UN: the Human Rights Council, the General Assembly's Third Committee or a
 * special procedure. A UN communication exposes the case to the UN and, once the state's 60 days
 * to reply have passed, to the public: it needs valid public consent to coordination.
 */
@Service
class UnReferralService {

    static final String TABLE = "un_referral";
    /** Context column of submission_text_enc (see crypto/EncryptedColumn.UN_REFERRAL_SUBMISSION_TEXT). */
    static final String TEXT_COLUMN = "submission_text";
    static final List<String> MAY_REQUEST = List.of(Roles.CASE_OFFICERS, Roles.SUPERVISORS);
    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]{1,12}-UN-\\d{4,6}");

    private final CoordinationMapper mapper;
    private final CaseScope cases;
    private final CoordinationEngine engine;
    private final DutyReferences dutyReferences;
    private final ConsentService consentService;
    private final DefenderService defenderService;
    private final FieldCipher cipher;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Cadences cadences;
    private final ReprisalWatches reprisalWatches;

    UnReferralService(CoordinationMapper mapper, CaseScope cases, CoordinationEngine engine,
                      DutyReferences dutyReferences, ConsentService consentService, DefenderService defenderService,
                      FieldCipher cipher, AuditLog auditLog, Clock clock, Cadences cadences, ReprisalWatches reprisalWatches) {
        this.reprisalWatches = reprisalWatches;
        this.mapper = mapper;
        this.cases = cases;
        this.engine = engine;
        this.dutyReferences = dutyReferences;
        this.consentService = consentService;
        this.defenderService = defenderService;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.clock = clock;
        this.cadences = cadences;
    }

    /** A referral's reference and where it stands right after the consent check. */
    record Started(String reference, ReferralStatus status) {
    }

    @Transactional
    public Started request(Caller caller, String caseReference, UnForum forum, UnMandate mandate, Boolean nhriEngaged) {
        CoordinationAccess.requireRole(caller, MAY_REQUEST, "reference", "refer cases to the UN");
        if (forum == null) {
            throw new InvalidInputException("forum", "is required");
        }
        if (forum == UnForum.SPECIAL_PROCEDURE && mandate == null) {
            throw new InvalidInputException("mandate", "is required for a special procedure");
        }
        if (forum != UnForum.SPECIAL_PROCEDURE && mandate != null) {
            throw new InvalidInputException("mandate", "applies to special procedures only");
        }
        if (nhriEngaged == null) {
            throw new InvalidInputException("nhriEngaged", "is required (true or false)");
        }
        CaseInMission c = cases.caseOf(caller, caseReference);
        if ("CLOSED".equals(c.stage())) {
            throw new ConflictException("Case " + c.reference() + " is closed: reopen it before referring it");
        }
        String reference = dutyReferences.next(c.missionId(), CoordinationProcesses.KIND_UN_REFERRAL);
        mapper.insertReferral(new UnReferralRecord(UUID.randomUUID(), reference, c.missionId(), c.id(), forum, mandate,
                ReferralStatus.CONSENT_CHECK, null, null, null, null, null, null, null, nhriEngaged, caller.userId(),
                OffsetDateTime.now(clock)));
        engine.start(CoordinationProcesses.UN_REFERRAL_KEY, reference, c, CoordinationProcesses.FORUM, forum.name());
        return new Started(reference, referral(reference).status());
    }

    /** Valid public consent to coordination today; without it the referral is refused and ends. */
    @Transactional
    public boolean checkConsent(String reference) {
        UnReferralRecord r = referral(reference);
        boolean valid = consentService.permits(r.caseId(), ActionType.COORDINATION, Audience.UN);
        mapper.updateReferralStatus(reference, valid ? ReferralStatus.PREPARING : ReferralStatus.REFUSED_NO_CONSENT);
        return valid;
    }

    /** Stores the communication as drafted, encrypted; refused if it names the defender. */
    @Transactional
    public void saveSubmission(String reference, String text) {
        UnReferralRecord r = referral(reference);
        defenderService.requirePseudonymous(r.caseId(), CoordinationProcesses.SUBMISSION_TEXT, text);
        mapper.saveSubmissionText(reference, cipher.encrypt(text, field(r.id())));
    }

    @Transactional
    public void clear(String reference, Object decision, String actor) {
        if (CoordinationProcesses.CLEARED.equals(decision)) {
            mapper.markCleared(reference, actor);
        } else if (CoordinationProcesses.RETURNED.equals(decision)) {
            mapper.updateReferralStatus(reference, ReferralStatus.PREPARING);
        } else {
            throw new InvalidInputException(CoordinationProcesses.CLEARANCE_DECISION, "must be CLEARED or RETURNED");
        }
    }

    /** Records the day the communication went to the UN; returns the day the state's reply is due. */
    @Transactional
    public LocalDate recordSubmission(String reference, LocalDate day) {
        UnReferralRecord r = referral(reference);
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(CoordinationProcesses.SUBMITTED_ON, "must not be in the future");
        }
        if (day.isBefore(r.createdAt().toLocalDate())) {
            throw new InvalidInputException(CoordinationProcesses.SUBMITTED_ON, "must not be before the referral was opened");
        }
        if (r.submittedOn() != null && day.isBefore(r.submittedOn())) {
            // A further communication after an unanswered one: its own day restarts the reply clock.
            throw new InvalidInputException(CoordinationProcesses.SUBMITTED_ON,
                    "must not be before the previous communication (" + r.submittedOn() + ")");
        }
        LocalDate due = day.plusDays(cadences.days(Cadences.UN_REPLY, null));
        mapper.markSubmitted(reference, day, due);
        // The defender's case is now before the UN, with the mission behind it: a reprisal watch from the submission day.
        reprisalWatches.open(r.caseId(), VisibleEngagement.UN_SUBMISSION, r.id().toString(),
                day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        return due;
    }

    /** The state's reply as recorded: returns whether the state replied. */
    @Transactional
    public boolean recordStateReply(String reference, Object stateReplied, Object repliedOn, Object assessment) {
        boolean replied = FormAnswers.yesNo(CoordinationProcesses.STATE_REPLIED, stateReplied);
        if (!replied) {
            return false;
        }
        LocalDate day = FormAnswers.date(CoordinationProcesses.REPLIED_ON, repliedOn);
        UnReferralRecord r = referral(reference);
        if (day.isAfter(LocalDate.now(clock)) || (r.submittedOn() != null && day.isBefore(r.submittedOn()))) {
            throw new InvalidInputException(CoordinationProcesses.REPLIED_ON,
                    "must be between the submission and today");
        }
        mapper.recordStateReply(reference, day,
                FormAnswers.choice(ReplyAssessment.class, CoordinationProcesses.REPLY_ASSESSMENT, assessment));
        return true;
    }

    @Transactional
    public void markUnanswered(String reference) {
        mapper.updateReferralStatus(reference, ReferralStatus.UNANSWERED);
    }

    @Transactional
    public void recordFollowUp(String reference, FollowUp followUp) {
        mapper.recordFollowUp(reference, followUp);
    }

    /**
     * The day the follow-up was taken to the UN must lie between the communication and today. What
     * was done is kept in the case's task records.
     */
    @Transactional(readOnly = true)
    public void checkFollowUpTakenOn(String reference, LocalDate day) {
        UnReferralRecord r = referral(reference);
        if (day.isAfter(LocalDate.now(clock)) || (r.submittedOn() != null && day.isBefore(r.submittedOn()))) {
            throw new InvalidInputException(CoordinationProcesses.TAKEN_TO_UN_ON, "must be between the communication and today");
        }
    }

    /** A referral in the mission's list. */
    record ReferralSummary(String reference, String missionId, String caseReference, String codeName, UnForum forum,
                           UnMandate mandate, ReferralStatus status, LocalDate submittedOn, LocalDate replyDueOn,
                           Long daysLeft, boolean nhriEngaged) {
    }

    /** A referral with the communication decrypted, for the mission's staff. */
    record ReferralView(ReferralSummary referral, String submissionText, String clearedBy, LocalDate stateRepliedOn,
                        ReplyAssessment replyAssessment, String followUp, String createdBy, OffsetDateTime createdAt) {
    }

    @Transactional(readOnly = true)
    public List<ReferralSummary> referralsOf(Caller caller) {
        CoordinationAccess.requireRole(caller, Roles.MAY_REVEAL_IDENTITY, "missions", "read UN referrals");
        if (caller.missions().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return mapper.referralsOf(caller.missions()).stream().map(r -> summary(r, today)).toList();
    }

    @Transactional
    public ReferralView referralOf(Caller caller, String reference) {
        CoordinationAccess.requireRole(caller, Roles.MAY_REVEAL_IDENTITY, "reference", "read UN referrals");
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new InvalidInputException("reference", "must look like ALPHA-UN-0001");
        }
        UnReferralRow r = (caller.missions().isEmpty() ? Optional.<UnReferralRow>empty()
                : mapper.findReferralRow(reference, caller.missions()))
                .orElseThrow(() -> new NotFoundException("No UN referral " + reference + " in your missions"));
        auditLog.record(caller.userId(), AuditEventType.CASE_RECORDS_VIEW, r.missionId(), r.caseReference(),
                "UN referral " + reference);
        return new ReferralView(summary(r, LocalDate.now(clock)),
                r.submissionTextEnc() == null ? null : cipher.decrypt(r.submissionTextEnc(), field(r.id())),
                r.clearedBy(), r.stateRepliedOn(), r.replyAssessment(), r.followUp(), r.createdBy(), r.createdAt());
    }

    private static ReferralSummary summary(UnReferralRow r, LocalDate today) {
        Long daysLeft = r.replyDueOn() == null || r.status() != ReferralStatus.SUBMITTED ? null
                : ChronoUnit.DAYS.between(today, r.replyDueOn());
        return new ReferralSummary(r.reference(), r.missionId(), r.caseReference(), r.defenderCodeName(), r.forum(),
                r.mandate(), r.status(), r.submittedOn(), r.replyDueOn(), daysLeft, r.nhriEngaged());
    }

    private UnReferralRecord referral(String reference) {
        return mapper.findReferral(reference).orElseThrow(() -> new IllegalStateException("No UN referral " + reference));
    }

    private static FieldContext field(UUID id) {
        return new FieldContext(TABLE, TEXT_COLUMN, id.toString());
    }
}
