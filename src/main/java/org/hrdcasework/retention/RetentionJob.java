package org.hrdcasework.retention;

import java.time.Clock;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the retention erasure every night ({@code hrd.retention.cron}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionJob {

    private final RetentionService retentionService;
    private final Clock clock;

    RetentionJob(RetentionService retentionService, Clock clock) {
        this.retentionService = retentionService;
        this.clock = clock;
    }

    @Scheduled(cron = "${hrd.retention.cron}")
    void eraseExpiredIdentities() {
        retentionService.eraseExpiredIdentities(clock.instant());
    }
}
