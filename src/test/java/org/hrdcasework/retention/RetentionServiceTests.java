package org.hrdcasework.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.defenders.DefenderService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Identities of closed cases are erased after the retention period; the case stays, pseudonymous. */
class RetentionServiceTests extends ProcessTestSupport {

    @Autowired
    RetentionService retentionService;
    @Autowired
    CaseFileService caseFileService;

    @Test
    void theIdentityOfAClosedCaseIsErasedOnlyAfterTheRetentionPeriod() {
        String closed = driver.fileReport(ThreatType.SMEAR_CAMPAIGN).getBusinessKey();
        driver.complete(closed, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                Map.of("isDefender", "NO", "linkedToHumanRightsWork", "NO"));
        String open = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        Instant now = Instant.now();

        retentionService.eraseExpiredIdentities(now.plus(Duration.ofDays(300)));
        assertThat(reveal(closed).identity().fullName()).isEqualTo("Test Person");

        retentionService.eraseExpiredIdentities(now.plus(Duration.ofDays(366)));

        DefenderService.Revealed erased = reveal(closed);
        assertThat(erased.erasedAt()).isNotNull();
        assertThat(erased.identity().fullName()).isNull();
        assertThat(erased.codeName()).startsWith("HRD-ALPHA-");
        assertThat(caseFileService.findCase(CaseDriver.OFFICER_ALPHA, closed).threat().description()).isNull();
        assertThat(caseFileService.findCase(CaseDriver.OFFICER_ALPHA, closed).stage().name()).isEqualTo("CLOSED");
        assertThat(reveal(open).identity().fullName()).as("open cases keep their identity").isEqualTo("Test Person");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.audit_event WHERE event_type = 'IDENTITY_ERASED'",
                Long.class)).isPositive();
    }

    private DefenderService.Revealed reveal(String reference) {
        return caseFileService.revealIdentity(CaseDriver.OFFICER_ALPHA, reference, "Retention test checks the vault");
    }
}
