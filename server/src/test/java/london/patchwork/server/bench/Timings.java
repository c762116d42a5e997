package london.patchwork.server.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Times one request at a time and prints the percentiles, as every benchmark here reports them. */
final class Timings {

    private Timings() {
    }

    static void time(String name, int requests, Runnable request) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long at = System.nanoTime();
            request.run();
            millis.add((System.nanoTime() - at) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%-19s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", name,
                percentile(millis, 0.50), percentile(millis, 0.95), percentile(millis, 0.99), millis.getLast());
    }

    static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
