package org.hrdcasework.benchmark;

import java.util.Arrays;

/** Durations of repeated calls, reported as percentiles in milliseconds. */
final class Latencies {

    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[size++] = elapsedNanos;
    }

    int size() {
        return size;
    }

    void copyInto(Latencies other) {
        for (int i = 0; i < size; i++) {
            other.add(nanos[i]);
        }
    }

    /** Times {@code samples} calls of {@code call}, one after another. */
    static Latencies of(int samples, Call call) throws Exception {
        Latencies latencies = new Latencies(samples);
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            call.run(i);
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    double percentile(double p) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))] / 1_000_000.0;
    }

    /** "p50 / p95 / p99" in milliseconds. */
    String summary() {
        return String.format("%.1f / %.1f / %.1f", percentile(50), percentile(95), percentile(99));
    }

    @FunctionalInterface
    interface Call {
        void run(int sample) throws Exception;
    }
}
