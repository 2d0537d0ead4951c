package org.hrdcasework.system.security;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page ({@code GET /login}); Spring Security's form login takes its {@code POST}. One
 * sign-in serves our pages, {@code /api} from those pages and the Camunda webapps.
 */
@Controller
class SignInPage {

    static final String ERROR_USERNAME = "username";
    static final String ERROR_PASSWORD = "password";
    static final String ERROR_CREDENTIALS = "credentials";
    /** The identity provider's sign-in did not succeed or named nobody the product may let in. */
    static final String ERROR_SINGLE_SIGN_ON = "sso";
    private static final Set<String> ERRORS = Set.of(ERROR_USERNAME, ERROR_PASSWORD, ERROR_CREDENTIALS, ERROR_SINGLE_SIGN_ON);

    private final SingleSignOn singleSignOn;
    private final boolean passwordLogin;

    SignInPage(SingleSignOn singleSignOn, @Value("${hrd.password-login:true}") boolean passwordLogin) {
        this.singleSignOn = singleSignOn;
        this.passwordLogin = passwordLogin;
    }

    @GetMapping(SecurityConfiguration.SIGN_IN_PAGE)
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                  Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) && error == null) {
            return "redirect:/";
        }
        // Only the known failures are shown; anything else in the address is ignored, never echoed.
        model.addAttribute("signInError", error != null && ERRORS.contains(error) ? error : null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("passwordLogin", passwordLogin);
        model.addAttribute("singleSignOn", singleSignOn.browserEnabled());
        model.addAttribute("providerName", singleSignOn.providerName());
        return "login";
    }
}
