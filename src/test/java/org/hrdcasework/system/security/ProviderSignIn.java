package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hrdcasework.SessionClient;

/** A browser's way through {@link TestIdentityProvider} and back, and a machine client's token from it. */
final class ProviderSignIn {

    private ProviderSignIn() {
    }

    /** Our button, the provider's sign-in form, and our answer to the code it sends back. */
    static HttpResponse<String> signIn(SessionClient browser, String person) {
        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/ministry");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        Provider provider = new Provider();
        URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> toLogin = provider.get(authorize);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        URI login = authorize.resolve(toLogin.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> form = provider.get(login);
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> signedIn = provider.postForm(login, "username=" + encode(person) + "&password="
                + encode(TestIdentityProvider.PASSWORD) + "&_csrf=" + encode(SessionClient.hiddenCsrf(form.body())));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        URI again = login.resolve(signedIn.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> withCode = provider.get(again);
        assertThat(withCode.statusCode()).as("the provider's answer with the code").isEqualTo(302);
        URI callback = URI.create(withCode.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/ministry");
        return browser.get(callback.getRawPath() + "?" + callback.getRawQuery());
    }

    /** The provider's side of the browser: its own cookies. */
    private static final class Provider {

        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> get(URI uri) {
            return send(builder(uri).header("Accept", "text/html").GET().build());
        }

        HttpResponse<String> postForm(URI uri, String form) {
            return send(builder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        private HttpRequest.Builder builder(URI uri) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
            if (!cookies.isEmpty()) {
                builder.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            return builder;
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                for (String setCookie : response.headers().allValues("Set-Cookie")) {
                    String pair = setCookie.split(";", 2)[0];
                    cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
                return response;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static String clientCredentialsToken(String client) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestIdentityProvider.issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (client + ":" + TestIdentityProvider.ROBOT_SECRET).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=casework")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
