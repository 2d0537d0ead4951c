package org.hrdcasework.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sign-in with the ministry's OpenID Connect provider, when {@code hrd.oidc.issuer-uri} is set:
 * <ul>
 *   <li>browsers ({@link #browserSignIn}): the authorization code flow from the sign-in page's button;
 *   at the return, {@link IdentityProviderAccounts} brings the engine's user in step with the ID token's
 *   claim, and the session then holds the same {@link Caller} a password sign-in gives, so our pages
 *   and the Camunda webapps ({@link SpringSecurityWebappAuthentication}) take it alike;</li>
 *   <li>machine clients ({@link #bearerTokens}): {@code Authorization: Bearer} on {@code /api} and
 *   {@code /engine-rest}, a JWT checked against the provider's keys, issuer, lifetime and (when set)
 *   audience; its claim gives the caller's missions and roles for that request.</li>
 * </ul>
 * The provider is asked for its configuration at first use, not at start: the product starts while the
 * provider is unreachable. The provider's tokens are not kept after sign-in (nothing calls it later).
 */
@Component
class SingleSignOn {

    private final SingleSignOnProperties properties;
    private final IdentityProviderAccounts accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository sessions = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final JwtDecoder bearerDecoder;
    private volatile ClientRegistration registration;

    SingleSignOn(SingleSignOnProperties properties, IdentityProviderAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
        this.bearerDecoder = new SupplierJwtDecoder(this::decoder);
    }

    boolean enabled() {
        return properties.enabled();
    }

    boolean browserEnabled() {
        return properties.browserSignIn();
    }

    String providerName() {
        return properties.providerName();
    }

    /** Adds the provider's sign-in to the pages' chain (nothing when no client is configured). */
    void browserSignIn(HttpSecurity http, RequestCache pageRequests) throws Exception {
        if (!properties.browserSignIn()) {
            return;
        }
        SavedRequestAwareAuthenticationSuccessHandler toPage = new SavedRequestAwareAuthenticationSuccessHandler();
        toPage.setRequestCache(pageRequests);
        toPage.setDefaultTargetUrl("/");
        http.oauth2Login(login -> login
                .loginPage(SecurityConfiguration.SIGN_IN_PAGE)
                .clientRegistrationRepository(this::registration)
                .authorizedClientRepository(new NothingKept())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SyncedUsers()))
                .successHandler(asCaller(toPage))
                .failureHandler(failed()));
    }

    /** Lets {@code Authorization: Bearer} sign a request in (nothing when single sign-on is off). */
    void bearerTokens(HttpSecurity http) throws Exception {
        if (!enabled()) {
            return;
        }
        http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.decoder(bearerDecoder).jwtAuthenticationConverter(this::bearerCaller))
                .authenticationEntryPoint(SignInProblems.SIGN_IN)
                .accessDeniedHandler(SignInProblems.REFUSED));
    }

    private AbstractAuthenticationToken bearerCaller(Jwt jwt) {
        try {
            return EngineIdentityAuthenticationProvider.signedIn(accounts.bearer(jwt.getClaims()));
        } catch (IdentityProviderAccounts.Refused e) {
            throw new BadCredentialsException("Bearer token names no valid user");
        }
    }

    private ClientRegistration registration(String registrationId) {
        if (!SingleSignOnProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrations.fromOidcIssuerLocation(properties.issuerUri())
                            .registrationId(SingleSignOnProperties.REGISTRATION_ID)
                            .clientId(properties.clientId())
                            .clientSecret(properties.clientSecret())
                            .redirectUri(properties.redirectUri())
                            .scope("openid", "profile", "email")
                            .build();
                }
                known = registration;
            }
        }
        return known;
    }

    private JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(properties.issuerUri());
        if (StringUtils.hasText(properties.audience())) {
            String audience = properties.audience();
            validator = new DelegatingOAuth2TokenValidator<>(validator, jwt -> jwt.getAudience() != null
                    && jwt.getAudience().contains(audience) ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not for this audience", null)));
        }
        decoder.setJwtValidator(validator);
        return decoder;
    }

    /** The engine's user brought in step with the ID token at each sign-in. */
    private final class SyncedUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

        @Override
        public OidcUser loadUser(OidcUserRequest request) {
            try {
                Caller caller = accounts.signIn(request.getIdToken().getClaims());
                return new SignedIn(caller, request);
            } catch (IdentityProviderAccounts.Refused e) {
                throw new OAuth2AuthenticationException(new OAuth2Error("access_denied"), e.getMessage());
            }
        }
    }

    /** The provider's person, carrying the caller made of it until the session gets that caller alone. */
    private static final class SignedIn extends DefaultOidcUser {

        private final transient Caller caller;

        SignedIn(Caller caller, OidcUserRequest request) {
            super(List.of(), request.getIdToken());
            this.caller = caller;
        }
    }

    /**
     * The session keeps the {@link Caller}, as after a password sign-in: everything that reads the
     * signed-in person (our controllers, the webapps, the engine filter) sees no difference.
     */
    private AuthenticationSuccessHandler asCaller(AuthenticationSuccessHandler next) {
        return (request, response, authentication) -> {
            if (!(authentication.getPrincipal() instanceof SignedIn signedIn)) {
                throw new IllegalStateException("Single sign-on ended without a synced user");
            }
            Authentication caller = EngineIdentityAuthenticationProvider.signedIn(signedIn.caller);
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(caller);
            contexts.setContext(context);
            sessions.saveContext(context, request, response);
            next.onAuthenticationSuccess(request, response, caller);
        };
    }

    private static AuthenticationFailureHandler failed() {
        return (HttpServletRequest request, HttpServletResponse response, org.springframework.security.core.AuthenticationException e) ->
                response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PAGE + "?error=" + SignInPage.ERROR_SINGLE_SIGN_ON);
    }

    /** The provider's tokens are used once, at sign-in, and not kept. */
    private static final class NothingKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
                                                                         HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
                                           HttpServletResponse response) {
        }
    }
}
