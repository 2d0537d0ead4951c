package org.hrdcasework.system.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The answers of {@code /api}, {@code /engine-rest} and the webapps' API when a request is not
 * signed in or is refused before it reaches a controller: RFC 7807 problem bodies, and never a
 * {@code WWW-Authenticate} challenge, which would make a browser open its own password dialog
 * over our pages. Basic clients send their credentials with the request (curl {@code -u}, Camunda
 * Modeler) and need no challenge.
 */
final class SignInProblems {

    /** 401: no session and no (valid) HTTP Basic credentials. */
    static final AuthenticationEntryPoint SIGN_IN = (request, response, e) -> write(response, 401, "Unauthorized",
            "Authorization", "sign in at /login, or send HTTP Basic credentials");

    /** 403: a write with the session but without its CSRF token, or a path nobody may use. */
    static final AccessDeniedHandler REFUSED = (request, response, e) -> {
        if (e instanceof CsrfException) {
            write(response, 403, "Forbidden", SecurityConfiguration.CSRF_HEADER,
                    "send the token of the " + SecurityConfiguration.CSRF_COOKIE + " cookie (or the page's csrf meta tag) in this header");
        } else {
            write(response, 403, "Forbidden", "Authorization", "not allowed");
        }
    };

    private SignInProblems() {
    }

    private static void write(HttpServletResponse response, int status, String title, String field, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + field + ": " + message + "\",\"errors\":[{\"field\":\"" + field
                + "\",\"message\":\"" + message + "\"}]}").getBytes(StandardCharsets.UTF_8));
    }
}
