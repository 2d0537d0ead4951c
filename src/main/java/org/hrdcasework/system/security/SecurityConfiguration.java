package org.hrdcasework.system.security;

import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.IdentityService;
import org.hrdcasework.documents.HtmlDocument;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One rule for every surface: nothing but the health endpoint answers an anonymous caller.
 * <ul>
 *   <li>{@code /engine-rest/**} and {@code /api/**}: HTTP Basic against the engine's identity
 *   tables, stateless; engine calls run as the caller so authorizations and tenants apply.</li>
 *   <li>{@code /camunda/**}: the webapps' own login page and session (their APIs answer 401
 *   until logged in); the webapps set their own CSRF protection and security headers.</li>
 * </ul>
 * See docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REALM = "hrd-casework";
    /** Nothing may load or run, except the inline style sheet of our printable documents. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src " + HtmlDocument.STYLE_SOURCE
            + "; frame-ancestors 'none'";
    static final String PAGE_CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; "
                    + "form-action 'self'; frame-ancestors 'none'";

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
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication: no cookie a forged cross-site request could ride on.
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.disable())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain defaultChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        // The error page renders a status some other chain or servlet already decided
                        // (e.g. the webapps' 401). Challenging it again would add a Basic-auth
                        // header that makes browsers pop up a password dialog over the login page.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/liveness"),
                                path("/actuator/health/readiness")).permitAll()
                        // "/" only redirects to the webapps' login page.
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/")).permitAll()
                        .anyRequest().authenticated())
                // One realm for pages and API: a browser logged in on a page reuses the login for its API calls.
                .httpBasic(basic -> basic.realmName(REALM))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Our pages call /api with JSON bodies only: a cross-site form cannot send them, and
                // no CORS is allowed, so there is no cookie-riding request to forge.
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CONTENT_SECURITY_POLICY)))
                .build();
    }
}
