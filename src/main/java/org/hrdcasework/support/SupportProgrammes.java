package org.hrdcasework.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.ConflictException;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of support programmes: read by all staff, maintained by headquarters, each
 * change validated and audited. Applications are made against its active programmes.
 */
@Service
class SupportProgrammes {

    /** May maintain the catalogue. */
    static final List<String> MAY_MAINTAIN_CATALOGUE = List.of(Roles.HEADQUARTERS, Roles.ADMINISTRATORS);
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private static final Pattern PROGRAMME_CODE = Pattern.compile("[A-Z0-9_]{2,40}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final SupportMapper mapper;
    private final AuditLog auditLog;
    private final Clock clock;

    SupportProgrammes(SupportMapper mapper, AuditLog auditLog, Clock clock) {
        this.mapper = mapper;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A programme as headquarters submits it. */
    record ProgrammeInput(String code, String name, ProgrammeKind kind, String provider, String criteria,
                          BigDecimal ceilingAmount, String currency, List<SupportPurpose> purposes, Boolean active) {
    }

    /** The catalogue, optionally filtered: for all staff. */
    @Transactional(readOnly = true)
    public List<SupportProgramme> programmes(Caller caller, ProgrammeKind kind, SupportPurpose purpose) {
        if (!caller.hasAnyGroup(Roles.ALL)) {
            throw new AccessRefusedException("programme", "your role may not read the catalogue");
        }
        return mapper.findProgrammes(kind, purpose).stream().map(SupportProgrammes::programme).toList();
    }

    /** The programme {@code code} names, if it is in the catalogue and active. */
    Optional<SupportProgramme> active(String code) {
        return (PROGRAMME_CODE.matcher(code).matches() ? mapper.findProgramme(code) : Optional.<ProgrammeRow>empty())
                .map(SupportProgrammes::programme)
                .filter(SupportProgramme::active);
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

    /** One rule for every amount of money: a programme's ceiling, and an application's request, grant and payment. */
    static void requireAmount(String field, BigDecimal amount) {
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
}
