package org.hrdcasework.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CSRF token of the signed-in session, for our pages and {@code /api}: kept in a cookie that
 * our pages' scripts can read (static pages have no server-rendered token), checked against the
 * {@code X-XSRF-TOKEN} header or the {@code _csrf} form field on every state-changing request.
 * The cookie's name is not the webapps' {@code XSRF-TOKEN}, whose token and cookie are their own.
 */
final class CsrfTokens {

    private CsrfTokens() {
    }

    static CookieCsrfTokenRepository repository(boolean secureCookies) {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieName(SecurityConfiguration.CSRF_COOKIE);
        repository.setHeaderName(SecurityConfiguration.CSRF_HEADER);
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict").secure(secureCookies));
        return repository;
    }

    /**
     * Only requests that ride on a signed-in session need the token: a request without one is
     * refused as not signed in (401), not as forged (403).
     */
    static RequestMatcher signedInWrites() {
        return request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request) && signedIn();
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated();
    }

    /**
     * Pages get the token masked anew on every response (forms, the layout's meta tag), so that a
     * compressed page never repeats the same secret; scripts may send it masked or as the cookie
     * holds it.
     */
    static final class MaskedOrCookieValue implements CsrfTokenRequestHandler {

        private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();
        private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            masked.handle(request, response, token);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            String value = masked.resolveCsrfTokenValue(request, token);
            return value != null ? value : plain.resolveCsrfTokenValue(request, token);
        }
    }

    /**
     * Loads the token on every page response, so that the cookie exists before a static page's
     * script needs it (tokens are otherwise made only when a template renders one).
     */
    static final class CookieOnEveryPage extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
