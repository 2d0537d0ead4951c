package org.hrdcasework.system.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.hrdcasework.documents.HtmlDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One sign-in for the whole product; nothing but the health endpoint answers an anonymous caller.
 * <ul>
 *   <li>{@code /engine-rest/**}: HTTP Basic against the engine's users, stateless (a session
 *   cookie is ignored there); engine calls run as the caller so authorizations and tenants apply.</li>
 *   <li>{@code /api/**} with an {@code Authorization} header: the same, stateless, no CSRF token
 *   (a cross-site page cannot send that header).</li>
 *   <li>{@code /api/**} without one: the session of the sign-in page; writes need its CSRF token.</li>
 *   <li>{@code /camunda/**}: the same session, handed to the webapps by {@link WebappSignIn}; the
 *   webapps keep their own CSRF token and security headers, and their "Log out" ends the session.</li>
 *   <li>Everything else (our pages): form login at {@code /login}, logout by {@code POST /logout}.</li>
 * </ul>
 * With single sign-on ({@link SingleSignOn}, {@code hrd.oidc.*}) the sign-in page also offers the
 * ministry's identity provider, and {@code /engine-rest} and {@code /api} also take its bearer tokens;
 * {@code hrd.password-login=false} then removes the password form and HTTP Basic.
 * No answer carries {@code WWW-Authenticate}: pages redirect to {@code /login}, APIs answer 401 with
 * a problem body. See docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String SIGN_IN_PAGE = "/login";
    /** Not the webapps' {@code XSRF-TOKEN}: theirs is a different token, scoped to {@code /camunda}. */
    static final String CSRF_COOKIE = "HRD-XSRF-TOKEN";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    /** Nothing may load or run, except the inline style sheet of our printable documents. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src " + HtmlDocument.STYLE_SOURCE
            + "; frame-ancestors 'none'";
    static final String PAGE_CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; "
                    + "form-action 'self'; frame-ancestors 'none'";

    private final CookieCsrfTokenRepository csrfTokens;
    private final RequestCache pageRequests = pageRequestCache();
    private final SingleSignOn singleSignOn;
    private final boolean passwordLogin;

    SecurityConfiguration(@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies,
                          SingleSignOn singleSignOn, @Value("${hrd.password-login:true}") boolean passwordLogin) {
        this.csrfTokens = CsrfTokens.repository(secureCookies);
        this.singleSignOn = singleSignOn;
        this.passwordLogin = passwordLogin;
        if (!passwordLogin && !singleSignOn.enabled()) {
            throw new IllegalStateException("HRD_PASSWORD_LOGIN=false leaves no way to sign in: set HRD_OIDC_ISSUER_URI "
                    + "(and HRD_OIDC_CLIENT_ID, HRD_OIDC_CLIENT_SECRET) for single sign-on");
        }
    }

    /**
     * Matches the path below the context path whatever servlet serves it: the engine REST API is
     * its own servlet, which Spring MVC-based matchers would not see.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http, IdentityService identityService) throws Exception {
        return basicOnly(http.securityMatcher(path("/engine-rest/**")))
                // Last in the chain: only a request that has passed authorization runs as its caller.
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiBasicChain(HttpSecurity http) throws Exception {
        return basicOnly(http.securityMatcher(new AndRequestMatcher(path("/api/**"),
                new RequestHeaderRequestMatcher("Authorization")))).build();
    }

    /**
     * Stateless HTTP Basic (unless password sign-in is off) and, with single sign-on, bearer tokens
     * of the identity provider: no cookie a forged cross-site request could ride on, so no CSRF token.
     */
    private HttpSecurity basicOnly(HttpSecurity http) throws Exception {
        if (passwordLogin) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(SignInProblems.SIGN_IN));
        }
        singleSignOn.bearerTokens(http);
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(SignInProblems.SIGN_IN)
                        .accessDeniedHandler(SignInProblems.REFUSED))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)));
    }

    /** Our pages' calls to {@code /api} with the session cookie (no {@code Authorization} header). */
    @Bean
    @Order(3)
    SecurityFilterChain apiSessionChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                // Uses the session of the sign-in page; never starts one.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokens.MaskedOrCookieValue())
                        .requireCsrfProtectionMatcher(CsrfTokens.signedInWrites()))
                .exceptionHandling(e -> e.authenticationEntryPoint(SignInProblems.SIGN_IN)
                        .accessDeniedHandler(SignInProblems.REFUSED))
                .requestCache(cache -> cache.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        // The webapps' own login form would be a second password door beside /login.
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/{engine}/login/**")).denyAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(SignInProblems.SIGN_IN, path("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(signInPage(), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(SignInProblems.REFUSED))
                .requestCache(cache -> cache.requestCache(pageRequests))
                // The webapps' CsrfPreventionFilter guards their API writes with their own token.
                .csrf(csrf -> csrf.disable())
                // The webapps set their own security headers (CSP with nonces for their scripts).
                .headers(h -> h.disable())
                .addFilterAfter(new WebappLogout(), AuthorizationFilter.class)
                .build();
    }

    // --- API documentation (OpenAPI document and Swagger UI): signed-in users only -------------------

    /** Swagger UI's style sheet carries data: images and its scripts set inline styles; nothing else is relaxed. */
    static final String API_DOCS_CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * {@code /v3/api-docs} (the OpenAPI document of {@code /api}) and Swagger UI: the session of the
     * sign-in page or HTTP Basic (unless password sign-in is off), never anonymous (the document answers 401, the UI goes to the
     * sign-in page). Read-only: Swagger UI's calls go to {@code /api} with the CSRF token.
     */
    @Bean
    @Order(4)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        RequestMatcher document = new OrRequestMatcher(path("/v3/api-docs"), path("/v3/api-docs/**"));
        if (passwordLogin) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(SignInProblems.SIGN_IN));
        }
        return http.securityMatcher(new OrRequestMatcher(document, path("/swagger-ui.html"), path("/swagger-ui/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokens.MaskedOrCookieValue()))
                // Swagger UI sends the cookie's token with its calls to /api.
                .addFilterAfter(new CsrfTokens.CookieOnEveryPage(), CsrfFilter.class)
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(SignInProblems.SIGN_IN, document)
                        .defaultAuthenticationEntryPointFor(signInPage(), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(SignInProblems.REFUSED))
                .requestCache(cache -> cache.requestCache(pageRequests))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_CONTENT_SECURITY_POLICY)))
                .build();
    }

    // --- end of API documentation ---------------------------------------------------------------------

    // --- Metrics (Prometheus): HTTP Basic, administrators or the users named in hrd.metrics.users ------

    /**
     * {@code /actuator/prometheus} on the application's port: stateless HTTP Basic, for members of
     * {@code camunda-admin} and the engine users listed in {@code hrd.metrics.users} (a scraper's own
     * account, with no group and no mission: it sees no case). See docs/operations.md.
     */
    @Bean
    @Order(4)
    SecurityFilterChain metricsChain(HttpSecurity http, @Value("${hrd.metrics.users:}") java.util.Set<String> scrapers)
            throws Exception {
        return http.securityMatcher(path("/actuator/prometheus"))
                .authorizeHttpRequests(auth -> auth.anyRequest().access((authentication, context) ->
                        new org.springframework.security.authorization.AuthorizationDecision(
                                authentication.get() != null && authentication.get().isAuthenticated()
                                        && authentication.get().getPrincipal() instanceof Caller caller
                                        && (caller.groups().contains(org.hrdcasework.identity.Roles.ADMINISTRATORS)
                                        || scrapers.contains(caller.userId())))))
                .httpBasic(basic -> basic.authenticationEntryPoint(SignInProblems.SIGN_IN))
                .exceptionHandling(e -> e.authenticationEntryPoint(SignInProblems.SIGN_IN)
                        .accessDeniedHandler(SignInProblems.REFUSED))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
                .build();
    }

    // --- end of metrics ------------------------------------------------------------------------------

    @Bean
    @Order(5)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        if (passwordLogin) {
            http.formLogin(form -> form.loginPage(SIGN_IN_PAGE)
                    .defaultSuccessUrl("/", false)
                    .failureHandler(new SignInFailure()));
        }
        singleSignOn.browserSignIn(http, pageRequests);
        return http
                .authorizeHttpRequests(auth -> auth
                        // The error page renders a status some other chain or servlet already decided.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/liveness"),
                                path("/actuator/health/readiness")).permitAll()
                        // What the sign-in page itself loads.
                        .requestMatchers(path(SIGN_IN_PAGE), path("/webjars/govuk-frontend/**"), path("/css/**"),
                                path("/js/**"), path("/favicon.ico")).permitAll()
                        .anyRequest().authenticated())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(SIGN_IN_PAGE + "?signedOut"))
                // A new session at sign-in, carrying nothing of an earlier one but the page asked for.
                .sessionManagement(s -> s.sessionFixation(fixation -> fixation.newSession()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokens.MaskedOrCookieValue()))
                .addFilterAfter(new CsrfTokens.CookieOnEveryPage(), CsrfFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(signInPage()))
                .requestCache(cache -> cache.requestCache(pageRequests))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CONTENT_SECURITY_POLICY)))
                .build();
    }

    private static LoginUrlAuthenticationEntryPoint signInPage() {
        return new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE);
    }

    /**
     * Remembers the page a browser asked for before signing in (a navigation: it accepts HTML),
     * not a script's or style sheet's request, and returns to it without Spring's {@code ?continue}.
     */
    private static RequestCache pageRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        cache.setRequestMatcher(SecurityConfiguration::isPageNavigation);
        return cache;
    }

    private static boolean isPageNavigation(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return HttpMethod.GET.matches(request.getMethod()) && accept != null && accept.contains("text/html");
    }
}
