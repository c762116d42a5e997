package london.patchwork.server.livinglab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Percentiles and histograms of propagation times, kept apart from the lab so the figures a report shows can be
 * checked against hand-worked examples.
 */
public final class ReportMath {

    /** Upper bounds of the histogram's buckets; the last bucket, "more", takes everything slower. */
    static final long[] BUCKET_BOUNDS_MS = {50, 100, 250, 500, 1_000, 2_000, 5_000, 10_000, 30_000, 60_000};

    /** The bound of the last bucket, which has none. */
    public static final long MORE = Long.MAX_VALUE;

    private ReportMath() {
    }

    /**
     * Nearest-rank percentiles: the p-th percentile is the smallest value at least p% of the values are no larger
     * than, so every figure is a time that was actually measured.
     */
    public static LabReport.Percentiles percentiles(long[] ms) {
        if (ms.length == 0) {
            return new LabReport.Percentiles(0, 0, 0, 0, 0);
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new LabReport.Percentiles(sorted.length, nearestRank(sorted, 50), nearestRank(sorted, 95),
                nearestRank(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double nearestRank(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    /** Counts per bucket (50, 100, 250, 500 ms, 1, 2, 5, 10, 30, 60 s, more); every bucket is listed, even empty. */
    public static List<LabReport.Bucket> histogram(long[] ms) {
        long[] counts = new long[BUCKET_BOUNDS_MS.length + 1];
        for (long value : ms) {
            int index = 0;
            while (index < BUCKET_BOUNDS_MS.length && value > BUCKET_BOUNDS_MS[index]) {
                index++;
            }
            counts[index]++;
        }
        List<LabReport.Bucket> buckets = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            buckets.add(new LabReport.Bucket(i < BUCKET_BOUNDS_MS.length ? BUCKET_BOUNDS_MS[i] : MORE, counts[i]));
        }
        return List.copyOf(buckets);
    }

    /** A bucket's bound as a person reads it: "≤ 250 ms", "≤ 2 s", "more". */
    public static String bucketLabel(long upToMs) {
        if (upToMs == MORE) {
            return "more";
        }
        return upToMs < 1_000 ? "≤ " + upToMs + " ms" : "≤ " + upToMs / 1_000 + " s";
    }
}
