package org.hrdcasework.system.security;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people the identity provider signs in, as the engine knows them.
 * <ul>
 *   <li>A browser sign-in ({@link #signIn}) brings the engine's user, role groups and missions
 *   (tenant memberships) in step with the ID token's claim: what the claim grants is added, what it no
 *   longer grants is removed, so a claim taken away in the directory takes the access away at the
 *   next sign-in. The user has no password: only the provider signs them in.</li>
 *   <li>A bearer token ({@link #bearer}) is read the same way for that one request, and changes nothing
 *   in the engine: machine clients need no engine user.</li>
 * </ul>
 * An engine account with a password (made in Admin, the demo's) is never taken over by a sign-in
 * of the same name. Logs name the user id and counts, never a claim's values.
 */
@Component
class IdentityProviderAccounts {

    private static final Logger log = LoggerFactory.getLogger(IdentityProviderAccounts.class);
    /** The engine's id rule (application.yaml, general-resource-whitelist-pattern) and column size. */
    private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]+(?:[._-][a-zA-Z0-9]+)*");
    private static final int MAX_USER_ID = 64;

    private final IdentityService identityService;
    private final EngineIdentityAuthenticationProvider engineUsers;
    private final SingleSignOnProperties properties;
    private final MissionClaims missionClaims;

    IdentityProviderAccounts(IdentityService identityService, EngineIdentityAuthenticationProvider engineUsers,
                             SingleSignOnProperties properties) {
        this.identityService = identityService;
        this.engineUsers = engineUsers;
        this.properties = properties;
        this.missionClaims = new MissionClaims(properties.mapping());
    }

    /** Thrown when the claims name nobody the engine can hold, or an account that signs in with a password. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** The user id the claims name: the configured claim, {@code jane.doe@ministry.example} read as {@code jane.doe.ministry.example}. */
    String userId(Map<String, Object> claims) {
        Object value = claims.get(properties.userIdClaim());
        if (!(value instanceof String name) || name.isBlank()) {
            value = claims.get("sub");
        }
        String id = value instanceof String name ? name.trim().toLowerCase(Locale.ROOT).replace('@', '.') : "";
        if (id.length() > MAX_USER_ID || !USER_ID.matcher(id).matches()) {
            throw new Refused("the token's " + properties.userIdClaim() + " claim is not a valid user id");
        }
        return id;
    }

    @Transactional
    public Caller signIn(Map<String, Object> claims) {
        String userId = userId(claims);
        MissionClaims.Grants grants = grants(userId, claims);
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identityService.newUser(userId);
        } else if (user.getPassword() != null) {
            log.warn("Single sign-on refused for '{}': an engine account with a password has this id", userId);
            throw new Refused("an engine account with a password has this user id");
        }
        if (updateProfile(user, claims)) {
            identityService.saveUser(user);
        }

        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        Set<String> missions = identityService.createTenantQuery().userMember(userId).list().stream()
                .map(Tenant::getId).collect(Collectors.toSet());
        int changes = 0;
        for (String group : difference(grants.groups(), groups)) {
            identityService.createMembership(userId, group);
            changes++;
        }
        for (String group : difference(groups, grants.groups())) {
            identityService.deleteMembership(userId, group);
            changes++;
        }
        for (String mission : difference(grants.missions(), missions)) {
            identityService.createTenantUserMembership(mission, userId);
            changes++;
        }
        for (String mission : difference(missions, grants.missions())) {
            identityService.deleteTenantUserMembership(mission, userId);
            changes++;
        }
        log.info("Single sign-on of '{}': {} roles, {} missions, {} memberships changed", userId,
                grants.groups().size(), grants.missions().size(), changes);
        return engineUsers.loadCaller(userId);
    }

    /** The caller a bearer token names, from its claims alone. */
    Caller bearer(Map<String, Object> claims) {
        String userId = userId(claims);
        MissionClaims.Grants grants = grants(userId, claims);
        return new Caller(userId, grants.groups(), grants.missions());
    }

    private MissionClaims.Grants grants(String userId, Map<String, Object> claims) {
        MissionClaims.Grants grants = missionClaims.read(claims.get(properties.claim()),
                mission -> identityService.createTenantQuery().tenantId(mission).count() > 0);
        if (grants.ignored() > 0) {
            log.info("Single sign-on of '{}': {} value(s) of the {} claim name no known role or mission and were ignored",
                    userId, grants.ignored(), properties.claim());
        }
        return grants;
    }

    private static boolean updateProfile(User user, Map<String, Object> claims) {
        String firstName = text(claims.get("given_name"), user.getId());
        String lastName = text(claims.get("family_name"), "(single sign-on)");
        String email = claims.get("email") instanceof String mail && mail.contains("@") ? mail : null;
        boolean changed = !firstName.equals(user.getFirstName()) || !lastName.equals(user.getLastName())
                || !java.util.Objects.equals(email, user.getEmail());
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        return changed;
    }

    private static String text(Object value, String otherwise) {
        return value instanceof String text && !text.isBlank() ? text.strip() : otherwise;
    }

    private static Set<String> difference(Set<String> from, Set<String> minus) {
        Set<String> result = new HashSet<>(from);
        result.removeAll(minus);
        return result;
    }
}
