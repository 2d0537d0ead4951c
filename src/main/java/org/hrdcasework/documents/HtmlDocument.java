package org.hrdcasework.documents;

import java.util.List;

/**
 * A small printable HTML document (briefing packs, mission reports): every value is escaped, the
 * page needs no script, and a print style sheet makes it a clean paper or PDF copy (the browser's
 * "Print to PDF"). Marked with a classification line at top and bottom.
 */
public final class HtmlDocument {

    /** The documents' one style sheet, inline so that a saved copy prints the same. */
    static final String STYLE = """
            body { font-family: Georgia, serif; margin: 2em auto; max-width: 60em; color: #111; }
            h1 { font-size: 1.6em; } h2 { font-size: 1.25em; border-bottom: 1px solid #999; margin-top: 1.5em; }
            table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
            th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
            th { background: #eee; }
            dt { font-weight: bold; float: left; clear: left; width: 14em; } dd { margin-left: 15em; }
            .classification { text-align: center; font-weight: bold; letter-spacing: 0.1em; }
            @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
            """;

    /**
     * The Content-Security-Policy source allowing exactly that style sheet ({@code 'sha256-...'}):
     * the API's policy stays {@code default-src 'none'} for everything else.
     */
    public static final String STYLE_SOURCE = "'sha256-" + sha256(STYLE) + "'";

    private final StringBuilder body = new StringBuilder();
    private final String title;
    private final String classification;

    public HtmlDocument(String title, String classification) {
        this.title = title;
        this.classification = classification;
    }

    public HtmlDocument heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    public HtmlDocument paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A key-value list, e.g. the period and mission of a report. */
    public HtmlDocument facts(List<List<String>> pairs) {
        body.append("<dl>\n");
        for (List<String> pair : pairs) {
            body.append("<dt>").append(escape(pair.get(0))).append("</dt><dd>").append(escape(pair.get(1))).append("</dd>\n");
        }
        body.append("</dl>\n");
        return this;
    }

    /** A table; an empty {@code rows} prints {@code empty} instead. */
    public HtmlDocument table(List<String> headers, List<List<String>> rows, String empty) {
        if (rows.isEmpty()) {
            return paragraph(empty);
        }
        body.append("<table>\n<thead><tr>");
        headers.forEach(h -> body.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            row.forEach(cell -> body.append("<td>").append(escape(cell)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return this;
    }

    public String render() {
        String mark = "<p class=\"classification\">" + escape(classification) + "</p>\n";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n" + mark + "<h1>" + escape(title) + "</h1>\n"
                + body + mark + "</body>\n</html>\n";
    }

    private static String sha256(String text) {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A code as a person reads it: {@code DEATH_THREAT} becomes "Death threat", {@code medianHours}
     * "Median hours", {@code level1} "Level 1", {@code DEMARCHE.IN_PROGRESS} "Demarche · in progress".
     */
    public static String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : code.split("[./]")) {
            String words = part.matches("[A-Z0-9_]+") ? part.replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
                    : part.replaceAll("([a-z])([A-Z0-9])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            out.append(out.isEmpty() ? "" : " · ").append(words.strip());
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /** HTML-escapes text for element content and quoted attributes; null prints as an empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
