package org.hrdcasework.system.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The previous and next links of a paged page ({@code templates/pagination.html}): the same path
 * and the same filters as the page shown, only {@value #PAGE} changed, so that a filtered list stays
 * filtered from page to page and every page can be bookmarked. Empty filters are left out.
 *
 * @param page     the page shown, from 1
 * @param pages    how many pages the filters select (at least 1, an empty list is one empty page)
 * @param previous the link to the page before, or null on the first
 * @param next     the link to the page after, or null on the last
 */
public record PageLinks(int page, int pages, long total, String previous, String next) {

    public static final String PAGE = "page";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,7}");

    /** Links of page {@code page} of {@code total} rows shown {@code size} at a time, at {@code path} with these filters. */
    public static PageLinks of(String path, Map<String, List<String>> filters, int page, int size, long total) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new PageLinks(page, pages, total, page > 1 ? link(path, filters, Math.min(page - 1, pages)) : null,
                page < pages ? link(path, filters, page + 1) : null);
    }

    /**
     * The page asked for in the query string: absent or empty is the first; otherwise a whole number
     * from 1 to {@code last}, or a refusal naming {@value #PAGE}.
     */
    public static int pageNumber(Map<String, List<String>> query, int last) {
        List<String> values = query.get(PAGE);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isEmpty()) {
            return 1;
        }
        if (values.size() > 1) {
            throw new InvalidInputException(PAGE, "must be given once");
        }
        String text = values.get(0);
        int page = DIGITS.matcher(text).matches() ? Integer.parseInt(text) : 0;
        if (page < 1 || page > last) {
            throw new InvalidInputException(PAGE, "must be a whole number from 1 to " + last);
        }
        return page;
    }

    private static String link(String path, Map<String, List<String>> filters, int page) {
        StringJoiner query = new StringJoiner("&");
        filters.forEach((name, values) -> {
            if (!PAGE.equals(name)) {
                values.stream().filter(value -> value != null && !value.isEmpty())
                        .forEach(value -> query.add(encode(name) + "=" + encode(value)));
            }
        });
        if (page > 1) {
            query.add(PAGE + "=" + page);
        }
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** As a browser encodes a GET form's fields, so that {@code &}, {@code =} or {@code #} in a value stay in it. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
