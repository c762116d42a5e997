package london.patchwork.server.livinglab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import london.patchwork.server.livinglab.ResidentRetrySchedule.Verdict;
import org.junit.jupiter.api.Test;

class ResidentRetryScheduleTest {

    private final ResidentRetrySchedule schedule = ResidentRetrySchedule.standard();

    @Test
    void delaysDoubleFromOneSecondToAFifteenSecondCap() {
        assertThat(schedule.base(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(schedule.base(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(schedule.base(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(schedule.base(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(schedule.base(5)).isEqualTo(Duration.ofSeconds(15));
        assertThat(schedule.base(500)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void jitterSpreadsEachDelayWithinTwentyPercent() {
        Random random = new Random(7);
        long shortest = Long.MAX_VALUE;
        long longest = 0;
        for (int i = 0; i < 1_000; i++) {
            long millis = schedule.delayAfter(4, random).toMillis();
            shortest = Math.min(shortest, millis);
            longest = Math.max(longest, millis);
        }
        assertThat(shortest).isBetween(6_400L, 7_000L);
        assertThat(longest).isBetween(9_000L, 9_600L);
    }

    @Test
    void onlySuccessIsDeliveredAndOnlyNoAnswerServerErrorsAndTooManyRequestsAreRetried() {
        assertThat(ResidentRetrySchedule.verdict(202)).isEqualTo(Verdict.DELIVERED);
        assertThat(ResidentRetrySchedule.verdict(200)).isEqualTo(Verdict.DELIVERED);
        assertThat(ResidentRetrySchedule.verdict(-1)).isEqualTo(Verdict.RETRY);
        assertThat(ResidentRetrySchedule.verdict(429)).isEqualTo(Verdict.RETRY);
        assertThat(ResidentRetrySchedule.verdict(500)).isEqualTo(Verdict.RETRY);
        assertThat(ResidentRetrySchedule.verdict(503)).isEqualTo(Verdict.RETRY);
        assertThat(ResidentRetrySchedule.verdict(401)).isEqualTo(Verdict.GIVE_UP);
        assertThat(ResidentRetrySchedule.verdict(404)).isEqualTo(Verdict.GIVE_UP);
        assertThat(ResidentRetrySchedule.verdict(410)).isEqualTo(Verdict.GIVE_UP);
    }
}
