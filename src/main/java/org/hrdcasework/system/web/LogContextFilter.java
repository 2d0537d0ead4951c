package org.hrdcasework.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrdcasework.system.security.Caller;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts who and what a request is about into the log's context (MDC), so that every line logged
 * while serving it carries them as fields of the structured (JSON) log: {@code user} (the signed-in
 * user's id), {@code mission} (the caller's missions, comma-separated) and {@code caseReference}
 * (from {@code /api/cases/{ref}...} or {@code /cases/{ref}...}, only when it has the shape of a
 * case reference, so that nothing typed into a URL reaches the log). Never anything of a defender.
 * Runs after Spring Security (registered at the lowest precedence), where the caller is known.
 */
@Component
public class LogContextFilter extends OncePerRequestFilter {

    public static final String USER = "user";
    public static final String MISSION = "mission";
    public static final String CASE_REFERENCE = "caseReference";
    /** ALPHA-2026-0001: a mission code, the year, the number (cases/CaseFileService). */
    private static final Pattern CASE_PATH = Pattern.compile("^/(?:api/)?cases/([A-Z][A-Z0-9]{0,15}-\\d{4}-\\d{4,9})(?:[/.]|$)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            put(request);
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER);
            MDC.remove(MISSION);
            MDC.remove(CASE_REFERENCE);
        }
    }

    private static void put(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            MDC.put(USER, caller.userId());
            if (!caller.missions().isEmpty()) {
                MDC.put(MISSION, String.join(",", new TreeSet<>(caller.missions())));
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = CASE_PATH.matcher(path);
        if (matcher.find()) {
            MDC.put(CASE_REFERENCE, matcher.group(1));
        }
    }
}
