package org.hrdcasework.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent register. The defender (or, with a recorded reason, their lawyer or family) gives
 * or refuses each act per audience: a demarche to the host state, a summary to partner missions,
 * a referral to the UN, a statement to the public. Each recording is a whole statement: every
 * action type and audience gets a decision, given where both were ticked, refused elsewhere, so a
 * newer, narrower consent replaces a broader one (the newest decision per action and audience
 * stands). A consent can expire, be withdrawn, and lapses when the defender's situation changes.
 * Every act that names or exposes the defender asks {@link #permits} at the moment of the act.
 */
@Service
public class ConsentService {

    static final List<String> GIVERS = List.of("DEFENDER", "LAWYER", "FAMILY");
    static final List<String> CHANNELS = List.of("IN_PERSON", "SECURE_CALL", "SECURE_MESSAGE", "INTERMEDIARY");
    static final List<String> PROXY_REASONS = List.of("DETAINED", "UNREACHABLE", "INCAPACITATED", "DEFENDER_ASKED");

    private final ConsentMapper mapper;
    private final Clock clock;

    ConsentService(ConsentMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** How a consent was given: by whom, through which channel, and why through a proxy (required unless the defender). */
    public record Receipt(String givenBy, String givenThrough, String proxyReason) {
    }

    /** What the defender said: the acts and audiences agreed to (either may be empty: nothing given), until when. */
    public record Statement(Collection<String> actionTypes, Collection<String> audiences, LocalDate expiresOn) {
    }

    /**
     * Records a whole statement for every action type and audience: given where both are in the
     * statement, refused elsewhere. Field names in errors are the form's.
     */
    @Transactional
    public void record(UUID caseId, Statement statement, Receipt receipt, String recordedBy) {
        Set<ActionType> actions = actionTypes(statement.actionTypes(), "consentedActions");
        Set<Audience> audiences = audiences(statement.audiences());
        if (!actions.isEmpty() && audiences.isEmpty()) {
            throw new InvalidInputException("consentAudiences", "name at least one audience the defender agrees to");
        }
        decide(caseId, EnumSet.allOf(ActionType.class), actions, audiences, statement.expiresOn(), receipt, recordedBy);
    }

    /** Records a decision for one action type only (e.g. sharing a summary): given to {@code audiences}, refused to the rest. */
    @Transactional
    public void recordFor(UUID caseId, ActionType actionType, Collection<String> audiences, LocalDate expiresOn, Receipt receipt,
                          String recordedBy) {
        decide(caseId, EnumSet.of(actionType), EnumSet.of(actionType), audiences(audiences), expiresOn, receipt, recordedBy);
    }

    private void decide(UUID caseId, Set<ActionType> decided, Set<ActionType> given, Set<Audience> audiences, LocalDate expiresOn,
                        Receipt receipt, String recordedBy) {
        validate(receipt);
        LocalDate today = LocalDate.now(clock);
        if (expiresOn != null && expiresOn.isBefore(today)) {
            throw new InvalidInputException("consentExpiresOn", "must not be in the past");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (ActionType action : decided) {
            for (Audience audience : Audience.values()) {
                boolean yes = given.contains(action) && audiences.contains(audience);
                mapper.insert(new ConsentRecord(UUID.randomUUID(), caseId, action, audience,
                        yes ? ConsentRecord.GIVEN : ConsentRecord.REFUSED, receipt.givenBy(), receipt.givenThrough(),
                        "DEFENDER".equals(receipt.givenBy()) ? null : receipt.proxyReason(), yes ? expiresOn : null,
                        recordedBy, now, null, null, null, null));
            }
        }
    }

    private static void validate(Receipt receipt) {
        if (receipt.givenBy() == null || !GIVERS.contains(receipt.givenBy())) {
            throw new InvalidInputException("consentGivenBy", "must be DEFENDER, LAWYER or FAMILY");
        }
        if (receipt.givenThrough() == null || !CHANNELS.contains(receipt.givenThrough())) {
            throw new InvalidInputException("consentGivenThrough", "must be one of " + CHANNELS);
        }
        if (!"DEFENDER".equals(receipt.givenBy())
                && (receipt.proxyReason() == null || !PROXY_REASONS.contains(receipt.proxyReason()))) {
            throw new InvalidInputException("consentProxyReason",
                    "consent through a lawyer or family needs the reason the defender could not give it: one of " + PROXY_REASONS);
        }
    }

    private static Set<ActionType> actionTypes(Collection<String> names, String field) {
        Set<ActionType> types = EnumSet.noneOf(ActionType.class);
        for (String name : names) {
            try {
                types.add(ActionType.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException(field, "'" + name + "' is not a known action");
            }
        }
        return types;
    }

    private static Set<Audience> audiences(Collection<String> names) {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (String name : names) {
            try {
                audiences.add(Audience.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("consentAudiences", "'" + name + "' is not a known audience");
            }
        }
        return audiences;
    }

    /** True if the standing decision for this act and audience is a valid consent today: the check every act makes. */
    @Transactional(readOnly = true)
    public boolean permits(UUID caseId, ActionType actionType, Audience audience) {
        ConsentRecord standing = standing(mapper.findByCase(caseId)).get(new Key(actionType, audience));
        return standing != null && standing.validOn(LocalDate.now(clock));
    }

    /** True if some audience may learn of the defender through this act today. */
    @Transactional(readOnly = true)
    public boolean permitsAnyAudience(UUID caseId, ActionType actionType) {
        LocalDate today = LocalDate.now(clock);
        return standing(mapper.findByCase(caseId)).values().stream()
                .anyMatch(c -> c.actionType() == actionType && c.validOn(today));
    }

    /** Withdraws the case's consent to {@code actionType}; returns whether any standing consent was withdrawn. */
    @Transactional
    public boolean withdraw(UUID caseId, ActionType actionType, String withdrawnBy) {
        return mapper.withdraw(caseId, actionType, withdrawnBy, OffsetDateTime.now(clock)) > 0;
    }

    /** The defender's situation changed (arrest, release, relocation): every consent lapses until given again. */
    @Transactional
    public int lapse(UUID caseId, String reason) {
        return mapper.lapse(caseId, reason, OffsetDateTime.now(clock));
    }

    /** Every decision of the case, oldest first: the register as recorded. */
    @Transactional(readOnly = true)
    public List<ConsentRecord> consentsOf(UUID caseId) {
        return mapper.findByCase(caseId);
    }

    /** The decisions that stand today: the newest per action type and audience, given ones only. */
    @Transactional(readOnly = true)
    public List<ConsentRecord> standingConsentsOf(UUID caseId) {
        return standing(mapper.findByCase(caseId)).values().stream().filter(c -> ConsentRecord.GIVEN.equals(c.decision()))
                .sorted(Comparator.comparing(ConsentRecord::actionType).thenComparing(ConsentRecord::audience)).toList();
    }

    /**
     * Given consents expiring by {@code until} that still stand and were not yet noticed, each
     * marked noticed as it is returned (once across nodes).
     */
    @Transactional
    public List<ConsentRecord> takeExpiring(LocalDate until) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return mapper.expiringUnnoticed(until).stream()
                .filter(c -> c.equals(standing(mapper.findByCase(c.caseId())).get(new Key(c.actionType(), c.audience()))))
                .filter(c -> mapper.markNoticed(c.id(), now) == 1)
                .toList();
    }

    private record Key(ActionType actionType, Audience audience) {
    }

    private static Map<Key, ConsentRecord> standing(List<ConsentRecord> oldestFirst) {
        Map<Key, ConsentRecord> newest = new LinkedHashMap<>();
        for (ConsentRecord c : oldestFirst) {
            newest.put(new Key(c.actionType(), c.audience()), c);
        }
        return newest;
    }
}
