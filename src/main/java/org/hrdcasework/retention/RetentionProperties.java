package org.hrdcasework.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long a closed case keeps its defender's identity (default 365 days), and when the job runs. */
@ConfigurationProperties("hrd.retention")
record RetentionProperties(Duration identityAfterClosure, String cron) {
}
