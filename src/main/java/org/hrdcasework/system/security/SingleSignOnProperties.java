package org.hrdcasework.system.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Single sign-on with the ministry's OpenID Connect provider ({@code hrd.oidc.*}, e.g.
 * {@code HRD_OIDC_ISSUER_URI}); without an issuer the product signs in with the engine's passwords
 * only, as before. See docs/security.md and docs/operations.md.
 *
 * @param issuerUri    the provider's issuer (its {@code /.well-known/openid-configuration} is read from there)
 * @param clientId     this product's client at the provider (browser sign-in)
 * @param clientSecret that client's secret
 * @param claim        the claim carrying missions and roles ({@code groups}; Entra ID app roles: {@code roles})
 * @param userIdClaim  the claim naming the person ({@code preferred_username})
 * @param audience     when set, a bearer token must name it in {@code aud}
 * @param mapping      provider values translated before reading, {@code value=mission-alpha:case-officers}
 * @param providerName the name on the sign-in page's button
 * @param redirectUri  where the provider sends browsers back; behind a proxy, the public address
 *                     ({@code https://casework.example/login/oauth2/code/ministry})
 */
@ConfigurationProperties("hrd.oidc")
record SingleSignOnProperties(String issuerUri, String clientId, String clientSecret,
                              @DefaultValue("groups") String claim,
                              @DefaultValue("preferred_username") String userIdClaim,
                              String audience,
                              @DefaultValue List<String> mapping,
                              @DefaultValue("the ministry's sign-in") String providerName,
                              @DefaultValue("{baseUrl}/login/oauth2/code/{registrationId}") String redirectUri) {

    /** The registration id in {@code /oauth2/authorization/ministry} and {@code /login/oauth2/code/ministry}. */
    static final String REGISTRATION_ID = "ministry";

    boolean enabled() {
        return StringUtils.hasText(issuerUri);
    }

    boolean browserSignIn() {
        return enabled() && StringUtils.hasText(clientId);
    }

    @Override
    public String toString() {
        return "SingleSignOnProperties[issuerUri=" + issuerUri + ", clientId=" + clientId + ", clientSecret=<hidden>, claim="
                + claim + ", userIdClaim=" + userIdClaim + ", audience=" + audience + ", mapping=" + mapping.size() + " entries]";
    }
}
