package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hrdcasework.Http;
import org.hrdcasework.SessionClient;

/**
 * A Camunda webapp as the browser holds it: signed in at {@code /login} (the webapps take that
 * session), the webapp's page opened once, and the session cookie and the webapp's own CSRF token
 * that its API calls send.
 */
public record WebappSession(Http http, String cookies, String csrfToken) {

    public static WebappSession login(Http http, String user, String app) {
        Attempt attempt = attemptLogin(http, user, Http.DEMO_PASSWORD, app);
        assertThat(attempt.response().statusCode()).as("sign-in of " + user + " and opening " + app).isEqualTo(200);
        return new WebappSession(http, attempt.cookies(), attempt.csrfToken());
    }

    /**
     * Signs in at {@code /login} and opens the webapp's page: the page's answer (200, or 403 when the
     * user's roles do not open that webapp), or the sign-in form's answer when signing in failed.
     */
    static Attempt attemptLogin(Http http, String user, String password, String app) {
        SessionClient browser = new SessionClient(http);
        HttpResponse<String> signIn = browser.signIn(user, password);
        if (signIn.headers().firstValue("Location").orElse("").contains("/login")) {
            return new Attempt(signIn, browser.cookieHeader(), null);
        }
        HttpResponse<String> page = browser.get("/camunda/app/" + app + "/default/");
        return new Attempt(page, browser.cookieHeader(), page.headers().firstValue("X-XSRF-TOKEN").orElse(null));
    }

    record Attempt(HttpResponse<String> response, String cookies, String csrfToken) {
    }

    HttpResponse<String> get(String path) {
        return http.send(http.request(path, null).header("Cookie", cookies).header("X-XSRF-TOKEN", csrfToken).GET().build());
    }

    /** The session with the CSRF token the webapps hand out on an API read, as their next page load would. */
    public WebappSession forWrites() {
        HttpResponse<String> read = get("/camunda/api/admin/auth/user/default");
        return read.headers().firstValue("X-XSRF-TOKEN").map(token -> new WebappSession(http, cookies, token)).orElse(this);
    }

    /** A JSON request of the webapps' own API, with the session cookie and the CSRF token as the webapps send them. */
    public HttpResponse<String> send(String method, String path, String json) {
        return send(method, path, json, null);
    }

    /** As {@link #send(String, String, String)}, with an Accept header when given (Tasklist asks for HAL lists). */
    public HttpResponse<String> send(String method, String path, String json, String accept) {
        HttpRequest.Builder builder = http.request(path, null).header("Cookie", cookies).header("X-XSRF-TOKEN", csrfToken);
        if (accept != null) {
            builder.header("Accept", accept);
        }
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(builder.build());
    }
}
