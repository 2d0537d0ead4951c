package org.hrdcasework.support;

import java.math.BigDecimal;
import org.hrdcasework.cases.DemoCasesSeeded;
import org.hrdcasework.identity.Roles;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Demo profile: an emergency grant application for the first sample defender's safety measures. */
@Component
@Profile("demo")
class DemoSupportApplications {

    private final SupportApplications applications;

    DemoSupportApplications(SupportApplications applications) {
        this.applications = applications;
    }

    @EventListener
    void onDemoCases(DemoCasesSeeded seeded) {
        applications.apply(seeded.as("officer", Roles.CASE_OFFICERS), seeded.references().get(0),
                new SupportApplications.ApplicationRequest("PDEU_EMERGENCY_GRANT", SupportPurpose.SAFETY_MEASURES,
                        new BigDecimal("3000"), "EUR"));
    }
}
