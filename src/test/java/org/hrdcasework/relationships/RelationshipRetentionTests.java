package org.hrdcasework.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrdcasework.relationships.RelationshipDriver.today;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseFileService;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.retention.RetentionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Retention and relationships: an active relationship keeps the identity; its notes go with it afterwards. */
class RelationshipRetentionTests extends ProcessTestSupport {

    @Autowired
    RelationshipDriver relationships;
    @Autowired
    RetentionService retentionService;
    @Autowired
    CaseFileService caseFileService;

    @Test
    void anActiveRelationshipKeepsTheIdentityAndItsNotesAreErasedWithItLater() {
        String closed = driver.fileReport(ThreatType.SMEAR_CAMPAIGN).getBusinessKey();
        driver.complete(closed, CaseOfConcernProcess.TASK_VERIFY_REPORT, "officer.alpha",
                Map.of("isDefender", "NO", "linkedToHumanRightsWork", "NO"));
        String reference = relationships.open(closed, "officer.alpha", null);
        relationships.fireTimerDueOn(relationships.contactProcess(reference), today().plusDays(60));
        relationships.contact(reference, "officer.alpha", "SAFE", "Meets us at the partner NGO's office");
        Instant afterRetention = Instant.now().plus(Duration.ofDays(366));

        retentionService.eraseExpiredIdentities(afterRetention);
        assertThat(fullName(closed)).as("still in touch: identity kept").isEqualTo("Test Person");

        relationships.end(reference, EndReason.NO_LONGER_AT_RISK);
        retentionService.eraseExpiredIdentities(afterRetention);

        assertThat(fullName(closed)).isNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casework.task_record WHERE duty_reference = ? "
                + "AND sensitive_enc IS NOT NULL", Long.class, reference)).as("relationship notes erased").isZero();
        assertThat(relationships.contactRows(reference)).as("the pseudonymous log stays").hasSize(1);
    }

    private String fullName(String caseReference) {
        return caseFileService.revealIdentity(CaseDriver.OFFICER_ALPHA, caseReference, "Retention test checks the vault")
                .identity().fullName();
    }
}
