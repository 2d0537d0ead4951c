package org.hrdcasework.cases;

import java.util.List;
import java.util.Set;
import org.hrdcasework.system.security.Caller;

/**
 * Published by the demo profile when it filed its sample cases for a mission, in
 * {@code DemoCases.SAMPLES} order (the first is a tier-1 death threat with public consent): the
 * standing duties add their own demo work about them.
 */
public record DemoCasesSeeded(String mission, List<String> references) {

    public DemoCasesSeeded {
        references = List.copyOf(references);
    }

    /** The officer, supervisor and senior official of the demo mission ({@code officer.alpha}...). */
    public String demoUser(String role) {
        return role + "." + mission.replaceFirst("^mission-", "");
    }

    /** That demo user as an authenticated caller of the mission, e.g. {@code as("officer", Roles.CASE_OFFICERS)}. */
    public Caller as(String role, String group) {
        return new Caller(demoUser(role), Set.of(group), Set.of(mission));
    }

    /** The demo users of mission Alpha cover every role; mission Beta has an officer only. */
    public boolean hasEveryRole() {
        return "mission-alpha".equals(mission);
    }
}
