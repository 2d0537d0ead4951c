package org.hrdcasework.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hrdcasework.consent.ConsentRecord;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.system.engine.Cadences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily consent expiry notice: every consent that still stands and expires within the notice
 * period (processes/Cadences.dmn, {@link Cadences#CONSENT_EXPIRY_NOTICE}) puts "Renew consent before
 * it expires" on its open case, once per consent across nodes (the register marks it noticed).
 */
@Component
class ConsentExpiryNotices {

    private static final Logger log = LoggerFactory.getLogger(ConsentExpiryNotices.class);

    private final ConsentService consentService;
    private final CaseMapper caseMapper;
    private final CaseEngine engine;
    private final Cadences cadences;
    private final Clock clock;

    ConsentExpiryNotices(ConsentService consentService, CaseMapper caseMapper, CaseEngine engine, Cadences cadences, Clock clock) {
        this.consentService = consentService;
        this.caseMapper = caseMapper;
        this.engine = engine;
        this.cadences = cadences;
        this.clock = clock;
    }

    /** Returns how many cases were asked to renew a consent. */
    @Scheduled(cron = "${hrd.consent.expiry-notice-cron}")
    @Transactional
    public int noticeExpiringConsents() {
        LocalDate until = LocalDate.now(clock).plusDays(cadences.days(Cadences.CONSENT_EXPIRY_NOTICE, null));
        Set<UUID> caseIds = new LinkedHashSet<>();
        for (ConsentRecord expiring : consentService.takeExpiring(until)) {
            caseIds.add(expiring.caseId());
        }
        int asked = 0;
        for (UUID caseId : caseIds) {
            CaseRecord c = caseMapper.findById(caseId).orElse(null);
            if (c != null && c.stage() != CaseStage.CLOSED && engine.consentExpiring(c.reference())) {
                asked++;
            }
        }
        log.info("Consent expiry notice: {} case(s) asked to renew consent expiring by {}", asked, until);
        return asked;
    }
}
