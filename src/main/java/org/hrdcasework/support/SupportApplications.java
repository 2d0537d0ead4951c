package org.hrdcasework.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hrdcasework.cases.CaseInMission;
import org.hrdcasework.cases.CaseScope;
import org.hrdcasework.duties.DutyReferences;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.records.TaskRecordService;
import org.hrdcasework.system.engine.Cadences;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.ConflictException;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mission's applications to the catalogue's programmes on behalf of defenders: validation,
 * duplicate-funding detection, and each state change of an application as its process moves on.
 * Engine-agnostic (SupportEngine starts and signals the process); the engine shares our transaction.
 */
@Service
public class SupportApplications {

    /** May help a defender apply and withdraw an application: the mission's case workers. */
    static final List<String> MAY_APPLY = List.of(Roles.CASE_OFFICERS, Roles.SUPERVISORS);
    /** Case stages at which a case is open and verified. */
    static final Set<String> OPEN_VERIFIED_STAGES = Set.of("RISK_ASSESSMENT", "CONSENT", "ACTION_PLANNING", "ACTIONS",
            "MONITORING");

    private static final Pattern APPLICATION_REFERENCE = Pattern.compile("[A-Z0-9]{1,12}-SUP-\\d{4,9}");
    /** The programme's own file number: a short code, never a name or a sentence. */
    private static final Pattern PROGRAMME_FILE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]{0,39}");
    private static final Logger log = LoggerFactory.getLogger(SupportApplications.class);

    private final SupportMapper mapper;
    private final SupportProgrammes programmes;
    private final SupportEngine engine;
    private final DutyReferences dutyReferences;
    private final TaskRecordService taskRecordService;
    private final Clock clock;
    private final CaseScope cases;
    private final Cadences cadences;

    SupportApplications(SupportMapper mapper, SupportProgrammes programmes, SupportEngine engine,
                        DutyReferences dutyReferences, TaskRecordService taskRecordService, Clock clock, CaseScope cases,
                        Cadences cadences) {
        this.mapper = mapper;
        this.programmes = programmes;
        this.engine = engine;
        this.dutyReferences = dutyReferences;
        this.taskRecordService = taskRecordService;
        this.clock = clock;
        this.cases = cases;
        this.cadences = cadences;
    }

    /** What a case officer asks for on the defender's behalf. */
    public record ApplicationRequest(String programme, SupportPurpose purpose, BigDecimal amountRequested,
                                     String currency) {
    }

    /** Opens an application for the case's defender and starts its process; returns the application's reference. */
    @Transactional
    public String apply(Caller caller, String caseReference, ApplicationRequest request) {
        if (!caller.hasAnyGroup(MAY_APPLY)) {
            throw new AccessRefusedException("reference", "your role may not make support applications");
        }
        CaseInMission c = cases.caseOf(caller, caseReference);
        SupportProgramme programme = validateApplication(request);
        if (!OPEN_VERIFIED_STAGES.contains(c.stage())) {
            throw new ConflictException("Case " + c.reference() + " is " + c.stage()
                    + ": applications are made for open, verified cases");
        }
        mapper.lockDefender(c.defenderId());
        Optional<UUID> overlap = mapper.findFundingOverlap(c.defenderId(), request.purpose(), ApplicationStatus.FUNDING);
        UUID id = UUID.randomUUID();
        String reference = dutyReferences.next(c.missionId(), SupportApplicationProcess.REFERENCE_KIND);
        OffsetDateTime now = OffsetDateTime.now(clock);
        BigDecimal amount = programme.paysMoney() ? request.amountRequested().setScale(2) : null;
        ApplicationRow application = new ApplicationRow(id, reference, c.missionId(), c.id(), c.defenderId(),
                programme.code(), request.purpose(), amount, programme.currency(), ApplicationStatus.PREPARED,
                overlap.orElse(null), null, null, null, null, null, null, null, now, caller.userId(), now, null);
        mapper.insertApplication(application);
        mapper.updateProcessInstance(id, engine.start(application, c, programme));
        log.info("Support application {} to {} for case {} opened by {}{}", reference, programme.code(), c.reference(),
                caller.userId(), overlap.isPresent() ? " (possible duplicate funding)" : "");
        return reference;
    }

    /**
     * "Refer to emergency support" completed in a case action: opens the tracked application for the
     * case's defender at once, as {@link #apply} does (the engine has already checked that the
     * officer may complete the task of the mission). The currency is the programme's own.
     */
    @Transactional
    public String applyFromAction(String actor, String missionId, String caseReference, String programme, SupportPurpose purpose,
                                  BigDecimal amountRequested) {
        String currency = programme == null ? null
                : programmes.active(programme).filter(SupportProgramme::paysMoney).map(SupportProgramme::currency).orElse(null);
        return apply(new Caller(actor, Set.of(Roles.CASE_OFFICERS), Set.of(missionId)), caseReference,
                new ApplicationRequest(programme, purpose, amountRequested, currency));
    }

    private SupportProgramme validateApplication(ApplicationRequest request) {
        if (request.programme() == null || request.programme().isBlank()) {
            throw new InvalidInputException("programme", "is required");
        }
        SupportProgramme programme = programmes.active(request.programme())
                .orElseThrow(() -> new InvalidInputException("programme", "is not an active programme of the catalogue"));
        if (request.purpose() == null) {
            throw new InvalidInputException("purpose", "is required");
        }
        if (!programme.purposes().contains(request.purpose())) {
            throw new InvalidInputException("purpose", "is not covered by " + programme.code() + " (it covers "
                    + programme.purposes() + ")");
        }
        if (!programme.paysMoney()) {
            if (request.amountRequested() != null) {
                throw new InvalidInputException("amountRequested", "must be empty: " + programme.code() + " pays no money");
            }
            if (request.currency() != null) {
                throw new InvalidInputException("currency", "must be empty: " + programme.code() + " pays no money");
            }
            return programme;
        }
        if (request.amountRequested() == null) {
            throw new InvalidInputException("amountRequested", "is required");
        }
        SupportProgrammes.requireAmount("amountRequested", request.amountRequested());
        if (request.amountRequested().compareTo(programme.ceilingAmount()) > 0) {
            throw new InvalidInputException("amountRequested", "must not exceed the programme's ceiling of "
                    + programme.ceilingAmount().toPlainString() + " " + programme.currency());
        }
        if (request.currency() == null) {
            throw new InvalidInputException("currency", "is required");
        }
        if (!programme.currency().equals(request.currency())) {
            throw new InvalidInputException("currency", "must be " + programme.currency() + ", the programme's currency");
        }
        return programme;
    }

    /** The case's applications, for its mission's staff. */
    @Transactional(readOnly = true)
    public List<SupportApplicationView> applicationsOfCase(Caller caller, String caseReference) {
        CaseInMission c = cases.caseOf(caller, caseReference);
        return mapper.findApplications(caller.missions(), c.id());
    }

    /** All applications of the caller's missions (headquarters: of all its missions). */
    @Transactional(readOnly = true)
    public List<SupportApplicationView> applications(Caller caller) {
        return caller.missions().isEmpty() ? List.of() : mapper.findApplications(caller.missions(), null);
    }

    /** The free text recorded by the application's tasks, decrypted, for its mission's staff (audited). */
    @Transactional
    public List<TaskRecordService.TaskRecordView> records(Caller caller, String reference) {
        applicationOf(caller, reference);
        return taskRecordService.dutyRecordsOf(caller, reference);
    }

    /** Stops an application in progress, wherever its process stands. */
    @Transactional
    public ApplicationStatus withdraw(Caller caller, String reference) {
        if (!caller.hasAnyGroup(MAY_APPLY)) {
            throw new AccessRefusedException("reference", "your role may not withdraw support applications");
        }
        ApplicationRow application = applicationOf(caller, reference);
        if (!Set.of(ApplicationStatus.PREPARED, ApplicationStatus.SUBMITTED, ApplicationStatus.GRANTED)
                .contains(application.status()) || !engine.withdraw(reference)) {
            throw new ConflictException("Application " + reference + " is " + application.status()
                    + ": only an application in progress can be withdrawn");
        }
        log.info("Support application {} withdrawn by {}", reference, caller.userId());
        return mapper.findApplication(application.id()).orElseThrow().status();
    }

    // ---- State changes, called by the process's delegates and listeners ----------------------

    /** The application as the process sees it. */
    private ApplicationRow application(UUID id) {
        return mapper.findApplication(id).orElseThrow(() -> new IllegalStateException("No support application " + id));
    }

    @Transactional
    public void recordSubmission(UUID id, LocalDate submittedOn, String programmeReference) {
        requireDate(SupportApplicationProcess.SUBMITTED_ON, submittedOn);
        String fileNumber = programmeReference == null || programmeReference.isBlank() ? null : programmeReference.trim();
        if (fileNumber != null && !PROGRAMME_FILE_NUMBER.matcher(fileNumber).matches()) {
            throw new InvalidInputException(SupportApplicationProcess.PROGRAMME_REFERENCE,
                    "must be the programme's file number: up to 40 letters, digits and / . _ -");
        }
        expectOne(mapper.markSubmitted(id, submittedOn, fileNumber, OffsetDateTime.now(clock)), id, "submitted");
    }

    /** How often, in days, a programme that has not decided is chased (processes/Cadences.dmn, PROGRAMME_CHASE). */
    public int programmeChaseDays() {
        return cadences.days(Cadences.PROGRAMME_CHASE, null);
    }

    /** Checks the decision against the application (the task stays open on bad input) and records it. */
    @Transactional
    public void recordDecision(UUID id, ApplicationStatus decision, LocalDate decidedOn, BigDecimal amountGranted) {
        if (decision != ApplicationStatus.GRANTED && decision != ApplicationStatus.REFUSED) {
            throw new InvalidInputException(SupportApplicationProcess.DECISION, "must be GRANTED or REFUSED");
        }
        requireDate(SupportApplicationProcess.DECIDED_ON, decidedOn);
        ApplicationRow application = application(id);
        BigDecimal granted = null;
        if (decision == ApplicationStatus.GRANTED && application.amountRequested() != null) {
            if (amountGranted == null) {
                throw new InvalidInputException(SupportApplicationProcess.AMOUNT_GRANTED, "is required for a grant");
            }
            SupportProgrammes.requireAmount(SupportApplicationProcess.AMOUNT_GRANTED, amountGranted);
            if (amountGranted.compareTo(application.amountRequested()) > 0) {
                throw new InvalidInputException(SupportApplicationProcess.AMOUNT_GRANTED,
                        "must not exceed the amount requested (" + money(application.amountRequested(), application) + ")");
            }
            BigDecimal ceiling = mapper.findProgramme(application.programmeCode()).map(ProgrammeRow::ceilingAmount).orElse(null);
            if (ceiling != null && amountGranted.compareTo(ceiling) > 0) {
                throw new InvalidInputException(SupportApplicationProcess.AMOUNT_GRANTED,
                        "must not exceed the programme's ceiling (" + money(ceiling, application) + ")");
            }
            granted = amountGranted.setScale(2);
        } else if (amountGranted != null && amountGranted.signum() != 0) {
            throw new InvalidInputException(SupportApplicationProcess.AMOUNT_GRANTED, decision == ApplicationStatus.REFUSED
                    ? "must be empty for a refusal" : "must be empty: the programme pays no money");
        }
        expectOne(mapper.markDecided(id, decision, decidedOn, granted, OffsetDateTime.now(clock)), id, "decided");
    }

    @Transactional
    public void recordPayment(UUID id, LocalDate paidOn, BigDecimal amountPaid) {
        requireDate(SupportApplicationProcess.PAID_ON, paidOn);
        if (amountPaid == null) {
            throw new InvalidInputException(SupportApplicationProcess.AMOUNT_PAID, "is required");
        }
        SupportProgrammes.requireAmount(SupportApplicationProcess.AMOUNT_PAID, amountPaid);
        ApplicationRow application = application(id);
        if (application.amountGranted() != null && amountPaid.compareTo(application.amountGranted()) > 0) {
            throw new InvalidInputException(SupportApplicationProcess.AMOUNT_PAID,
                    "must not exceed the amount granted (" + money(application.amountGranted(), application) + ")");
        }
        expectOne(mapper.markPaid(id, paidOn, amountPaid.setScale(2), OffsetDateTime.now(clock)), id, "paid");
    }

    @Transactional
    public void markWithdrawn(UUID id, WithdrawalReason reason) {
        expectOne(mapper.markWithdrawn(id, reason, OffsetDateTime.now(clock)), id, "withdrawn");
    }

    // ---- Helpers -----------------------------------------------------------------------------

    private ApplicationRow applicationOf(Caller caller, String reference) {
        if (reference == null || !APPLICATION_REFERENCE.matcher(reference).matches()) {
            throw new InvalidInputException("reference", "must look like ALPHA-SUP-0001");
        }
        return (caller.missions().isEmpty() ? Optional.<ApplicationRow>empty()
                : mapper.findApplicationByReference(reference, caller.missions()))
                .orElseThrow(() -> new NotFoundException("No support application " + reference + " in your missions"));
    }

    private static void requireDate(String field, LocalDate date) {
        if (date == null) {
            throw new InvalidInputException(field, "is required");
        }
    }

    private static String money(BigDecimal amount, ApplicationRow application) {
        return amount.toPlainString() + (application.currency() == null ? "" : " " + application.currency().trim());
    }

    private static void expectOne(int updated, UUID id, String change) {
        if (updated != 1) {
            throw new IllegalStateException("Support application " + id + " cannot be " + change + " in its current state");
        }
    }
}
