package org.hrdcasework.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent register. Consent is per action type, quiet or public, from the defender, their
 * lawyer or family; it can expire and be withdrawn. Public actions check it when they run.
 */
@Service
public class ConsentService {

    private static final List<String> SCOPES = List.of("QUIET", ConsentRecord.PUBLIC);
    private static final List<String> GIVERS = List.of("DEFENDER", "LAWYER", "FAMILY");

    private final ConsentMapper mapper;
    private final Clock clock;

    ConsentService(ConsentMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Records consent to each action type in {@code actionTypes} (may be empty: nothing consented). */
    @Transactional
    public void record(UUID caseId, Collection<String> actionTypes, String scope, String givenBy, LocalDate expiresOn,
                       String recordedBy) {
        if (scope == null || !SCOPES.contains(scope)) {
            throw new InvalidInputException("consentScope", "must be QUIET or PUBLIC");
        }
        if (givenBy == null || !GIVERS.contains(givenBy)) {
            throw new InvalidInputException("consentGivenBy", "must be DEFENDER, LAWYER or FAMILY");
        }
        LocalDate today = LocalDate.now(clock);
        if (expiresOn != null && expiresOn.isBefore(today)) {
            throw new InvalidInputException("consentExpiresOn", "must not be in the past");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String type : actionTypes) {
            ActionType actionType;
            try {
                actionType = ActionType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("consentedActions", "'" + type + "' is not a known action");
            }
            mapper.insert(new ConsentRecord(UUID.randomUUID(), caseId, actionType, scope, givenBy, expiresOn,
                    recordedBy, now, null, null));
        }
    }

    /** True if the case holds valid public consent for this action today. */
    @Transactional(readOnly = true)
    public boolean hasValidPublicConsent(UUID caseId, ActionType actionType) {
        LocalDate today = LocalDate.now(clock);
        return mapper.findByCase(caseId).stream()
                .anyMatch(c -> c.actionType() == actionType && ConsentRecord.PUBLIC.equals(c.scope()) && c.validOn(today));
    }

    /** True if the case holds valid consent (quiet or public) for this action today. */
    @Transactional(readOnly = true)
    public boolean hasValidConsent(UUID caseId, ActionType actionType) {
        LocalDate today = LocalDate.now(clock);
        return mapper.findByCase(caseId).stream().anyMatch(c -> c.actionType() == actionType && c.validOn(today));
    }

    /** Withdraws the case's consent to {@code actionType}; returns whether any standing consent was withdrawn. */
    @Transactional
    public boolean withdraw(UUID caseId, ActionType actionType, String withdrawnBy) {
        return mapper.withdraw(caseId, actionType, withdrawnBy, OffsetDateTime.now(clock)) > 0;
    }

    @Transactional(readOnly = true)
    public List<ConsentRecord> consentsOf(UUID caseId) {
        return mapper.findByCase(caseId);
    }
}
