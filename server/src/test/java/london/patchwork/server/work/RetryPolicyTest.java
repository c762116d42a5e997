package london.patchwork.server.work;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private static final RetryPolicy DEFAULTS = new RetryPolicy(Duration.ofSeconds(30), 2, 0.25, Duration.ofHours(6),
            Duration.ofDays(2));
    private static final Instant QUEUED = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void waitsGrowExponentiallyUpToTheCap() {
        assertThat(DEFAULTS.delayAfter(1, 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DEFAULTS.delayAfter(2, 0.5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DEFAULTS.delayAfter(5, 0.5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(DEFAULTS.delayAfter(10, 0.5)).isEqualTo(Duration.ofMinutes(256));
        assertThat(DEFAULTS.delayAfter(11, 0.5)).isEqualTo(Duration.ofHours(6));
        assertThat(DEFAULTS.delayAfter(60, 0.5)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void jitterSpreadsAWaitAroundItsValueButNeverPastTheCap() {
        assertThat(DEFAULTS.delayAfter(1, 0.0)).isEqualTo(Duration.ofMillis(22_500));
        assertThat(DEFAULTS.delayAfter(1, 0.999_999)).isBetween(Duration.ofMillis(37_499), Duration.ofMillis(37_500));
        assertThat(DEFAULTS.delayAfter(20, 0.999_999)).isEqualTo(Duration.ofHours(6));
        assertThat(DEFAULTS.delayAfter(20, 0.0)).isEqualTo(Duration.ofMinutes(270));
    }

    @Test
    void retriesUntilTheGiveUpAgeWithTheLastAttemptAtThatAge() {
        Instant lateFailure = QUEUED.plus(Duration.ofDays(2)).minus(Duration.ofHours(1));
        assertThat(DEFAULTS.nextAttempt(14, QUEUED, lateFailure, 0.5)).contains(QUEUED.plus(Duration.ofDays(2)));
        assertThat(DEFAULTS.nextAttempt(15, QUEUED, QUEUED.plus(Duration.ofDays(2)), 0.5)).isEmpty();
        assertThat(DEFAULTS.nextAttempt(1, QUEUED, QUEUED.plusSeconds(1), 0.5)).contains(QUEUED.plusSeconds(31));
    }

    @Test
    void theDefaultsGiveEighteenAttemptsOverTwoDays() {
        Instant now = QUEUED;
        int attempts = 1;
        for (var next = DEFAULTS.nextAttempt(attempts, QUEUED, now, 0.5); next.isPresent();
             next = DEFAULTS.nextAttempt(attempts, QUEUED, now, 0.5)) {
            now = next.get();
            attempts++;
        }
        assertThat(attempts).isEqualTo(18);
        assertThat(now).isEqualTo(QUEUED.plus(Duration.ofDays(2)));
    }

    @Test
    void refusesPoliciesThatNeverEndOrShrink() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, 2, 0, Duration.ofHours(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 0.5, 0, Duration.ofHours(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 2, 1.0, Duration.ofHours(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofHours(2), 2, 0, Duration.ofHours(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWaitThePeerAskedForIsHonouredUpToTheGiveUpTime() {
        Instant failed = QUEUED.plus(Duration.ofMinutes(1));
        assertThat(DEFAULTS.nextAttempt(1, QUEUED, failed, 0.5, Duration.ofMinutes(10)))
                .contains(failed.plus(Duration.ofMinutes(10)));
        // Shorter than the policy's own wait: the policy's wins.
        assertThat(DEFAULTS.nextAttempt(1, QUEUED, failed, 0.5, Duration.ofSeconds(5)))
                .contains(failed.plus(Duration.ofSeconds(30)));
        // Past the give-up age: the last attempt is made at that age.
        assertThat(DEFAULTS.nextAttempt(1, QUEUED, failed, 0.5, Duration.ofDays(5)))
                .contains(QUEUED.plus(Duration.ofDays(2)));
        assertThat(DEFAULTS.nextAttempt(1, QUEUED, failed, 0.5, Duration.ofSeconds(-5)))
                .contains(failed.plus(Duration.ofSeconds(30)));
    }
}
