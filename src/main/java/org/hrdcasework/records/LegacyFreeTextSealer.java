package org.hrdcasework.records;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, encrypts the free text that earlier versions left in clear in task records (see
 * {@link TaskRecordService#sealLegacyFreeText()}); migration V11 removed the engine's copies.
 * Idempotent: once sealed, nothing matches.
 */
@Component
class LegacyFreeTextSealer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegacyFreeTextSealer.class);

    private final TaskRecordService service;

    LegacyFreeTextSealer(TaskRecordService service) {
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = service.sealLegacyFreeText();
        if (sealed > 0) {
            log.info("Encrypted the free text of {} task records stored in clear by an earlier version", sealed);
        }
    }
}
