package org.hrdcasework.system.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

/**
 * The authenticated person behind a request: user id, role groups and missions (tenants), as
 * read from the engine's identity tables when they logged in. Serializable: a signed-in
 * session keeps it.
 */
public record Caller(String userId, Set<String> groups, Set<String> missions) implements Serializable {

    public Caller {
        groups = Set.copyOf(groups);
        missions = Set.copyOf(missions);
    }

    public boolean isMemberOf(String mission) {
        return missions.contains(mission);
    }

    public boolean hasAnyGroup(Collection<String> candidates) {
        return candidates.stream().anyMatch(groups::contains);
    }
}
