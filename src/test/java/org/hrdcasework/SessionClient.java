package org.hrdcasework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser holds for our sign-in: its cookies (session, CSRF token), kept from response to
 * response, and the sign-in form posted as the page posts it (user name, password and the page's
 * hidden CSRF field). Writes to {@code /api} send the token of the {@code HRD-XSRF-TOKEN} cookie in
 * {@code X-XSRF-TOKEN}, as our pages' scripts do.
 */
public final class SessionClient {

    public static final String CSRF_COOKIE = "HRD-XSRF-TOKEN";
    public static final String CSRF_HEADER = "X-XSRF-TOKEN";
    private static final Pattern HIDDEN_CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final Http http;
    private final Map<String, String> cookies;

    public SessionClient(Http http) {
        this(http, new LinkedHashMap<>());
    }

    private SessionClient(Http http, Map<String, String> cookies) {
        this.http = http;
        this.cookies = cookies;
    }

    /** The same browser (the same cookies) sent to another node, as a load balancer without sticky sessions does. */
    public SessionClient on(Http otherNode) {
        return new SessionClient(otherNode, cookies);
    }

    /** Signed in with the demo password; fails the test if the sign-in does not succeed. */
    public static SessionClient signedIn(Http http, String user) {
        SessionClient session = new SessionClient(http);
        HttpResponse<String> response = session.signIn(user, Http.DEMO_PASSWORD);
        assertThat(response.statusCode()).as("sign-in of " + user).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).as("sign-in of " + user).doesNotContain("/login");
        return session;
    }

    /** Opens the sign-in page and posts its form; answers the form's response (a redirect). */
    public HttpResponse<String> signIn(String user, String password) {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        return postForm("/login", "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(hiddenCsrf(page.body())));
    }

    /** The page's hidden CSRF field, as a form on the page would send it. */
    public static String hiddenCsrf(String html) {
        Matcher matcher = HIDDEN_CSRF.matcher(html);
        assertThat(matcher.find()).as("a hidden _csrf field in the page").isTrue();
        return matcher.group(1);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
    }

    public HttpResponse<String> getJson(String path) {
        return send(request(path).header("Accept", "application/json").GET().build());
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A JSON write as our pages send it: session cookie and the CSRF token in its header. */
    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header(CSRF_HEADER, csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The same write without the CSRF token, as a forged cross-site form or script would send it. */
    public HttpResponse<String> postJsonWithoutToken(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A request with this session's cookies (and nothing else): add headers, a method and a body. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = http.request(path, null);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader());
        }
        return builder;
    }

    /** Sends the request and keeps the cookies the answer sets or removes, as a browser does. */
    public HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response = http.send(request);
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            boolean removed = value.isEmpty() || setCookie.toLowerCase().contains("max-age=0");
            if (removed) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    public String cookieHeader() {
        return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public String csrfToken() {
        return cookies.get(CSRF_COOKIE);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
