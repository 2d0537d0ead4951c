package org.hrdcasework.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First line of defence for {@code /api} and {@code /engine-rest}: state-changing requests sent
 * by a page of another site are refused (403) before anything runs, so a browser holding a login
 * cannot be made to act for another site (behind the session's SameSite cookie and CSRF token); and
 * {@code /api} request bodies are limited in size (413; the model check takes the files of a
 * deployment, up to {@link #MAX_MODEL_BODY_BYTES}). Deployments to {@code /engine-rest} keep
 * the multipart limit of the servlet container.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiRequestGuard extends OncePerRequestFilter {

    /** The largest JSON body the API accepts (a threat report with a 10,000-character narrative fits). */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** The largest upload of the model check ({@code /api/models/validation}): the files of a deployment. */
    public static final int MAX_MODEL_BODY_BYTES = 4 * 1024 * 1024;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isApi(request) && !isEngineRest(request);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isEngineRest(HttpServletRequest request) {
        String path = request.getRequestURI();
        String root = request.getContextPath() + "/engine-rest";
        return path.equals(root) || path.startsWith(root + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod())) {
            String header = crossSite(request) ? "Sec-Fetch-Site" : !sameOrigin(request) ? "Origin" : null;
            if (header != null) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", header, "cross-site requests are not accepted");
                return;
            }
        }
        if (!isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        long limit = request.getRequestURI().equals(request.getContextPath() + "/api/models/validation")
                ? MAX_MODEL_BODY_BYTES : MAX_BODY_BYTES;
        if (request.getContentLengthLong() > limit) {
            refuse(response, 413, "Payload too large", "body", "must be at most " + limit + " bytes");
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /**
     * Browsers say where a request comes from; {@code same-site} covers sibling hosts of the same
     * registrable domain, which are other applications all the same. Clients that are not browsers
     * (curl, Camunda Modeler) send no such header.
     */
    private static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"));
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return true; // not sent by a browser page (or a same-origin GET-like navigation)
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String title, String field, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + field + ": " + message + "\",\"errors\":[{\"field\":\"" + field + "\",\"message\":\""
                + message + "\"}]}").getBytes(StandardCharsets.UTF_8));
    }

    /** Thrown when a body without a Content-Length (chunked) grows past the limit. */
    public static final class PayloadTooLargeException extends IOException {
        PayloadTooLargeException(long limit) {
            super("request body exceeds " + limit + " bytes");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > limit) {
                        throw new PayloadTooLargeException(limit);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > limit) {
                        throw new PayloadTooLargeException(limit);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
