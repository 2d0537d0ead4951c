package org.hrdcasework.system.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks credentials against the engine's identity tables (the users Admin manages), including
 * its lock-out after repeated failures, and loads the person's groups and missions; a sign-in
 * repeated within seconds is answered from the {@link SignInCache}.
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String GROUP_AUTHORITY_PREFIX = "GROUP_";
    static final String MISSION_AUTHORITY_PREFIX = "MISSION_";

    private final IdentityService identityService;
    private final SignInCache signIns;

    EngineIdentityAuthenticationProvider(IdentityService identityService, SignInCache signIns) {
        this.identityService = identityService;
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || !(credentials instanceof String password) || password.isEmpty()) {
            throw new BadCredentialsException("Bad credentials");
        }
        Caller caller = signIns.find(userId, password).orElse(null);
        if (caller == null) {
            if (!identityService.checkPassword(userId, password)) {
                // A wrong password may have locked the account: its remembered sign-in goes too.
                signIns.forget(userId);
                // Same answer for unknown user, wrong password and locked account.
                throw new BadCredentialsException("Bad credentials");
            }
            caller = loadCaller(userId);
            signIns.remember(userId, password, caller);
        }
        return signedIn(caller);
    }

    /** The authentication a signed-in caller carries, however they signed in (password, identity provider, bearer token). */
    static UsernamePasswordAuthenticationToken signedIn(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        caller.groups().forEach(g -> authorities.add(new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + g)));
        caller.missions().forEach(m -> authorities.add(new SimpleGrantedAuthority(MISSION_AUTHORITY_PREFIX + m)));
        return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
    }

    Caller loadCaller(String userId) {
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        Set<String> missions = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).collect(Collectors.toSet());
        return new Caller(userId, groups, missions);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
