package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Switching passwords off is refused while no identity provider is configured: nobody could sign in. */
class PasswordSignInSwitchTests {

    @Test
    void passwordsOffWithoutAnIdentityProviderStopsTheStart() {
        assertThatThrownBy(() -> new SecurityConfiguration(false, singleSignOn(null), false))
                .hasMessageContaining("HRD_OIDC_ISSUER_URI");
    }

    @Test
    void passwordsOffWithAnIdentityProviderOrOnWithoutOneStart() {
        assertThatCode(() -> new SecurityConfiguration(false, singleSignOn("https://idp.example/realms/ministry"), false))
                .doesNotThrowAnyException();
        assertThatCode(() -> new SecurityConfiguration(false, singleSignOn(null), true)).doesNotThrowAnyException();
    }

    private static SingleSignOn singleSignOn(String issuer) {
        return new SingleSignOn(new SingleSignOnProperties(issuer, "hrd-casework", "secret", "groups", "preferred_username",
                null, List.of(), "the ministry's sign-in", "{baseUrl}/login/oauth2/code/{registrationId}"), null);
    }
}
