package org.hrdcasework.system.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of a designers' table (a DMN decision: a pure function of its inputs), kept a minute so
 * that thousands of timers do not each evaluate it and log a decision instance; a newly deployed
 * table applies within that minute.
 *
 * @param <V> the answer
 */
public final class PolicyAnswers<V> {

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final Map<String, Kept<V>> answers = new ConcurrentHashMap<>();

    /** The answer for these inputs (joined into {@code key}), evaluated by {@code table} when none is kept. */
    public V get(String key, Supplier<V> table) {
        Kept<V> kept = answers.get(key);
        if (kept == null || !kept.until().isAfter(Instant.now())) {
            kept = new Kept<>(table.get(), Instant.now().plus(KEPT));
            answers.put(key, kept);
        }
        return kept.answer();
    }

    /** Forgets every kept answer (a test that deploys a new table and will not wait the minute). */
    public void forget() {
        answers.clear();
    }

    private record Kept<V>(V answer, Instant until) {
    }
}
