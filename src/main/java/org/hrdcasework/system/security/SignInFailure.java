package org.hrdcasework.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page, saying which field to fix: an empty user name or password is named;
 * any other failure (unknown user, wrong password, account locked for a while) gets one message,
 * so the page never tells whether a user exists.
 */
class SignInFailure implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String error = blank(request.getParameter("username")) ? SignInPage.ERROR_USERNAME
                : blank(request.getParameter("password")) ? SignInPage.ERROR_PASSWORD : SignInPage.ERROR_CREDENTIALS;
        response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PAGE + "?error=" + error);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
