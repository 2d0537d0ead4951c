package org.hrdcasework.system.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hrdcasework.identity.Roles;

/**
 * Reads a person's missions and roles from the identity provider's claim (docs/security.md,
 * "Single sign-on"):
 * <ul>
 *   <li>{@code mission-alpha:case-officers}: member of the mission (engine tenant) {@code mission-alpha},
 *   in the role (engine group) {@code case-officers};</li>
 *   <li>{@code process-designers}: the role alone, in no mission (designers, administrators);</li>
 *   <li>anything else is ignored: a role that is not one of {@link Roles#ALL}, a mission that does not
 *   exist, a value of another application. Nobody gets a role or mission the product does not know.</li>
 * </ul>
 * The configured mapping ({@code hrd.oidc.mapping}, {@code providerValue=mission-alpha:case-officers})
 * first translates values the provider cannot name freely (Entra ID group object ids, Keycloak group paths).
 * As in the engine, a person's roles hold in each of their missions.
 */
final class MissionClaims {

    private final Map<String, List<String>> mapping;

    MissionClaims(Collection<String> mappingEntries) {
        Map<String, List<String>> entries = new HashMap<>();
        for (String entry : mappingEntries) {
            int equals = entry.lastIndexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalStateException("hrd.oidc.mapping: each entry reads providerValue=mission:role or providerValue=role");
            }
            entries.computeIfAbsent(entry.substring(0, equals).trim(), k -> new ArrayList<>()).add(entry.substring(equals + 1).trim());
        }
        this.mapping = Map.copyOf(entries);
    }

    /** What the claim grants; {@code ignored} counts the values that granted nothing. */
    record Grants(Set<String> groups, Set<String> missions, int ignored) {
    }

    Grants read(Object claim, Predicate<String> missionExists) {
        Set<String> groups = new LinkedHashSet<>();
        Set<String> missions = new LinkedHashSet<>();
        int ignored = 0;
        for (String providerValue : values(claim)) {
            for (String value : mapping.getOrDefault(providerValue, List.of(providerValue))) {
                int colon = value.indexOf(':');
                String mission = colon < 0 ? null : value.substring(0, colon);
                String role = colon < 0 ? value : value.substring(colon + 1);
                if (!Roles.ALL.contains(role) || (mission != null && !missionExists.test(mission))) {
                    ignored++;
                    continue;
                }
                groups.add(role);
                if (mission != null) {
                    missions.add(mission);
                }
            }
        }
        return new Grants(Set.copyOf(groups), Set.copyOf(missions), ignored);
    }

    private static List<String> values(Object claim) {
        if (claim instanceof String single) {
            return List.of(single);
        }
        if (claim instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
