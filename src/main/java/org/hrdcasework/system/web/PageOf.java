package org.hrdcasework.system.web;

import java.util.List;
import org.springframework.http.ResponseEntity;

/**
 * One page of a list the API serves a page at a time, and how many rows the request selects in
 * all. Sent as a JSON array with the total in {@value #TOTAL_COUNT}, the convention of every paged
 * list of ours (the caseload, the escalation board).
 */
public record PageOf<T>(List<T> rows, long total) {

    public static final String TOTAL_COUNT = "X-Total-Count";

    public static <T> PageOf<T> empty() {
        return new PageOf<>(List.of(), 0);
    }

    public ResponseEntity<List<T>> response() {
        return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(total)).body(rows);
    }
}
