package com.perftarget.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Times calls side by side: each candidate in turn, so that all see the same machine; percentiles and a line each. */
final class Timings {

    private Timings() {
    }

    /** {@code calls} timings of each candidate (nanoseconds), interleaved, after {@code warmUp} untimed rounds. */
    static long[][] interleaved(List<Supplier<Object>> candidates, int warmUp, int calls) {
        long[][] times = new long[candidates.size()][calls];
        for (int i = 0; i < warmUp; i++) {
            candidates.forEach(Supplier::get);
        }
        for (int i = 0; i < calls; i++) {
            for (int c = 0; c < candidates.size(); c++) {
                long start = System.nanoTime();
                candidates.get(c).get();
                times[c][i] = System.nanoTime() - start;
            }
        }
        return times;
    }

    static void print(String label, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-52s p50 %8.2f ms   p95 %8.2f ms%n", label, percentile(nanos, 50) / 1e6,
                percentile(nanos, 95) / 1e6);
    }

    static long percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
