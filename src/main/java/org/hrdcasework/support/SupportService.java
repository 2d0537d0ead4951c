package org.hrdcasework.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.cases.CaseInMission;
import org.hrdcasework.cases.CaseScope;
import org.hrdcasework.duties.DutyReferences;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.records.TaskRecordService;
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
 * The catalogue of support programmes (maintained by headquarters) and the mission's applications
 * to them on behalf of defenders: validation, duplicate-funding detection, and each state change
 * of an application as its process moves on. Engine-agnostic; the engine shares our transaction.
 */
@Service
public class SupportService {

    /** May help a defender apply and withdraw an application: the mission's case workers. */
    static final List<String> MAY_APPLY = List.of(Roles.CASE_OFFICERS, Roles.SUPERVISORS);
    /** May maintain the catalogue. */
    static final List<String> MAY_MAINTAIN_CATALOGUE = List.of(Roles.HEADQUARTERS, Roles.ADMINISTRATORS);
    /** Case stages at which a case is open and verified. */
    static final Set<String> OPEN_VERIFIED_STAGES = Set.of("RISK_ASSESSMENT", "CONSENT", "ACTION_PLANNING", "ACTIONS",
            "MONITORING");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private static final Pattern APPLICATION_REFERENCE = Pattern.compile("[A-Z0-9]{1,12}-SUP-\\d{4,9}");
    private static final Pattern PROGRAMME_CODE = Pattern.compile("[A-Z0-9_]{2,40}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** The programme's own file number: a short code, never a name or a sentence. */
    private static final Pattern PROGRAMME_FILE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]{0,39}");
    private static final Logger log = LoggerFactory.getLogger(SupportService.class);

    private final SupportMapper mapper;
    private final SupportProcessEngine engine;
    private final DutyReferences dutyReferences;
    private final TaskRecordService taskRecordService;
    private final AuditLog auditLog;
    private final Clock clock;
    private final CaseScope cases;

    SupportService(SupportMapper mapper, SupportProcessEngine engine, DutyReferences dutyReferences,
                   TaskRecordService taskRecordService, AuditLog auditLog, Clock clock, CaseScope cases) {
        this.cases = cases;
        this.auditLog = auditLog;
        this.mapper = mapper;
        this.engine = engine;
        this.dutyReferences = dutyReferences;
        this.taskRecordService = taskRecordService;
        this.clock = clock;
    }

    // ---- Catalogue -------------------------------------------------------------------------

    /** A programme as headquarters submits it. */
    public record ProgrammeInput(String code, String name, ProgrammeKind kind, String provider, String criteria,
                                 BigDecimal ceilingAmount, String currency, List<SupportPurpose> purposes,
                                 Boolean active) {
    }

    /** The catalogue, optionally filtered: for all staff. */
    @Transactional(readOnly = true)
    public List<SupportProgramme> programmes(Caller caller, ProgrammeKind kind, SupportPurpose purpose) {
        if (!caller.hasAnyGroup(Roles.ALL)) {
            throw new AccessRefusedException("programme", "your role may not read the catalogue");
        }
        return mapper.findProgrammes(kind, purpose).stream().map(SupportService::programme).toList();
    }

    @Transactional
    public SupportProgramme createProgramme(Caller caller, ProgrammeInput input) {
        requireCatalogueMaintainer(caller);
        if (input.code() == null || !PROGRAMME_CODE.matcher(input.code()).matches()) {
            throw new InvalidInputException("code", "must be 2 to 40 capital letters, digits or underscores");
        }
        validateProgramme(input);
        if (mapper.findProgramme(input.code()).isPresent()) {
            throw new ConflictException("Programme " + input.code() + " already exists; change it with PUT");
        }
        mapper.insertProgramme(row(input.code(), input, caller));
        input.purposes().forEach(purpose -> mapper.insertPurpose(input.code(), purpose));
        auditLog.record(caller.userId(), AuditEventType.CATALOGUE_CHANGE, null, null, "support programme " + input.code() + " added");
        return programme(mapper.findProgramme(input.code()).orElseThrow());
    }

    @Transactional
    public SupportProgramme updateProgramme(Caller caller, String code, ProgrammeInput input) {
        requireCatalogueMaintainer(caller);
        if (code == null || !PROGRAMME_CODE.matcher(code).matches() || mapper.findProgramme(code).isEmpty()) {
            throw new NotFoundException("No programme " + code + " in the catalogue");
        }
        if (input.code() != null && !input.code().equals(code)) {
            throw new InvalidInputException("code", "must be empty or equal the programme's code in the path");
        }
        validateProgramme(input);
        mapper.updateProgramme(row(code, input, caller));
        mapper.deletePurposes(code);
        input.purposes().forEach(purpose -> mapper.insertPurpose(code, purpose));
        auditLog.record(caller.userId(), AuditEventType.CATALOGUE_CHANGE, null, null, "support programme " + code + " changed");
        return programme(mapper.findProgramme(code).orElseThrow());
    }

    private static void validateProgramme(ProgrammeInput input) {
        requireText("name", input.name(), 200);
        if (input.kind() == null) {
            throw new InvalidInputException("kind", "is required");
        }
        requireText("provider", input.provider(), 200);
        requireText("criteria", input.criteria(), 2000);
        if (input.ceilingAmount() != null) {
            requireAmount("ceilingAmount", input.ceilingAmount());
            if (input.currency() == null || !CURRENCY.matcher(input.currency()).matches()) {
                throw new InvalidInputException("currency", "is required with a ceiling: an ISO 4217 code such as EUR");
            }
        } else if (input.currency() != null) {
            throw new InvalidInputException("currency", "must be empty for a programme that pays no money (no ceiling)");
        }
        if (input.purposes() == null || input.purposes().isEmpty()) {
            throw new InvalidInputException("purposes", "name at least one purpose the programme covers");
        }
        if (input.purposes().stream().anyMatch(p -> p == null)) {
            throw new InvalidInputException("purposes", "must be one of " + Arrays.toString(SupportPurpose.values()));
        }
    }

    private ProgrammeRow row(String code, ProgrammeInput input, Caller caller) {
        return new ProgrammeRow(code, input.name().trim(), input.kind(), input.provider().trim(), input.criteria().trim(),
                input.ceilingAmount(), input.currency(), input.active() == null || input.active(), OffsetDateTime.now(clock),
                caller.userId(), null);
    }

    private static SupportProgramme programme(ProgrammeRow row) {
        List<SupportPurpose> purposes = row.purposes() == null ? List.of()
                : Arrays.stream(row.purposes().split(",")).map(SupportPurpose::valueOf).toList();
        return new SupportProgramme(row.code(), row.name(), row.kind(), row.provider(), row.criteria(),
                row.ceilingAmount(), row.currency() == null ? null : row.currency().trim(), purposes, row.active(),
                row.updatedAt(), row.updatedBy());
    }

    // ---- Applications ----------------------------------------------------------------------

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
        mapper.insertApplication(new ApplicationRow(id, reference, c.missionId(), c.id(), c.defenderId(),
                programme.code(), request.purpose(), amount, programme.currency(), ApplicationStatus.PREPARED,
                overlap.orElse(null), null, null, null, null, null, null, null, now, caller.userId(), now, null));
        String instanceId = engine.start(new SupportProcessEngine.Start(id, reference, c.missionId(), c.id(),
                c.reference(), c.tier(), programme.code(), programme.kind(), programme.paysMoney(), amount,
                programme.currency(), overlap.isPresent()));
        mapper.updateProcessInstance(id, instanceId);
        log.info("Support application {} to {} for case {} opened by {}{}", reference, programme.code(), c.reference(),
                caller.userId(), overlap.isPresent() ? " (possible duplicate funding)" : "");
        return reference;
    }

    private SupportProgramme validateApplication(ApplicationRequest request) {
        if (request.programme() == null || request.programme().isBlank()) {
            throw new InvalidInputException("programme", "is required");
        }
        SupportProgramme programme = (PROGRAMME_CODE.matcher(request.programme()).matches()
                ? mapper.findProgramme(request.programme()) : Optional.<ProgrammeRow>empty())
                .map(SupportService::programme)
                .filter(SupportProgramme::active)
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
        requireAmount("amountRequested", request.amountRequested());
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
    @Transactional(readOnly = true)
    public ApplicationRow application(UUID id) {
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
            requireAmount(SupportApplicationProcess.AMOUNT_GRANTED, amountGranted);
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
        requireAmount(SupportApplicationProcess.AMOUNT_PAID, amountPaid);
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

    private static void requireCatalogueMaintainer(Caller caller) {
        if (!caller.hasAnyGroup(MAY_MAINTAIN_CATALOGUE)) {
            throw new AccessRefusedException("code", "only headquarters and administrators maintain the catalogue");
        }
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (value.trim().length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
    }

    private static void requireAmount(String field, BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new InvalidInputException(field, "must be more than 0");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "must have at most 2 decimals");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidInputException(field, "is too large");
        }
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
