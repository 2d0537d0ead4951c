package org.hrdcasework.relationships;

import org.hrdcasework.cases.DemoCasesSeeded;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Demo profile: the mission's officer becomes liaison officer of the first sample defender. */
@Component
@Profile("demo")
class DemoRelationships {

    private final RelationshipService relationships;

    DemoRelationships(RelationshipService relationships) {
        this.relationships = relationships;
    }

    @EventListener
    void onDemoCases(DemoCasesSeeded seeded) {
        Caller officer = seeded.as("officer", Roles.CASE_OFFICERS);
        relationships.open(officer, new RelationshipService.NewRelationship(seeded.references().get(0), officer.userId(),
                seeded.hasEveryRole() ? seeded.demoUser("supervisor") : null));
    }
}
