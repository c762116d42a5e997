package london.patchwork.server.livinglab;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportMathTest {

    @Test
    void nearestRankPercentilesAreMeasuredValues() {
        long[] hundred = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();
        assertThat(ReportMath.percentiles(hundred)).isEqualTo(new LabReport.Percentiles(100, 50, 95, 99, 100));
        assertThat(ReportMath.percentiles(new long[] {7})).isEqualTo(new LabReport.Percentiles(1, 7, 7, 7, 7));
        assertThat(ReportMath.percentiles(new long[] {10, 20, 30, 40}))
                .isEqualTo(new LabReport.Percentiles(4, 20, 40, 40, 40));
        assertThat(ReportMath.percentiles(new long[0])).isEqualTo(new LabReport.Percentiles(0, 0, 0, 0, 0));
    }

    @Test
    void theHistogramPutsEachTimeInTheFirstBucketItFits() {
        var buckets = ReportMath.histogram(new long[] {0, 50, 51, 100, 999, 1000, 1001, 60_000, 60_001, 3_600_000});
        assertThat(buckets).extracting(LabReport.Bucket::upToMs).containsExactly(50L, 100L, 250L, 500L, 1000L,
                2000L, 5000L, 10_000L, 30_000L, 60_000L, ReportMath.MORE);
        assertThat(buckets).extracting(LabReport.Bucket::count)
                .containsExactly(2L, 2L, 0L, 0L, 2L, 1L, 0L, 0L, 0L, 1L, 2L);
        assertThat(ReportMath.bucketLabel(250)).isEqualTo("≤ 250 ms");
        assertThat(ReportMath.bucketLabel(30_000)).isEqualTo("≤ 30 s");
        assertThat(ReportMath.bucketLabel(ReportMath.MORE)).isEqualTo("more");
    }
}
