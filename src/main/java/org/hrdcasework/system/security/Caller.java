package org.hrdcasework.system.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The authenticated person behind a request: user id, role groups and missions (tenants), as
 * read from the engine's identity tables when they logged in. Serializable: a signed-in
 * session keeps it (in PostgreSQL, indexed by {@link #getName()}, the user id).
 */
public record Caller(String userId, Set<String> groups, Set<String> missions) implements AuthenticatedPrincipal, Serializable {

    public Caller {
        groups = Set.copyOf(groups);
        missions = Set.copyOf(missions);
    }

    /** The user id: what Spring Security and Spring Session call the principal's name. */
    @Override
    public String getName() {
        return userId;
    }

    public boolean isMemberOf(String mission) {
        return missions.contains(mission);
    }

    public boolean hasAnyGroup(Collection<String> candidates) {
        return candidates.stream().anyMatch(groups::contains);
    }
}
