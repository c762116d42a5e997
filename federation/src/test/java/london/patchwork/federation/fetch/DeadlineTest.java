package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The deadline's arithmetic on a hand-driven clock, and the watchdog never firing early. */
class DeadlineTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Deadline deadline = new Deadline(Duration.ofMillis(10), now::get);

    @Test
    void remainingTimeIsRoundedUpSoATimeoutTakenFromItEndsAtOrAfterTheDeadline() {
        assertThat(deadline.remainingMillis()).isEqualTo(10);

        now.addAndGet(1_500_000);                     // 8.5 ms left
        assertThat(deadline.remainingMillis()).isEqualTo(9);

        now.addAndGet(8_499_999);                     // 1 ns left
        assertThat(deadline.remainingMillis()).isEqualTo(1);
        assertThat(deadline.expired()).isFalse();
    }

    @Test
    void atTheDeadlineNothingIsLeftAndItStaysExpired() {
        now.addAndGet(10_000_000);
        assertThat(deadline.remainingMillis()).isZero();
        assertThat(deadline.expired()).isTrue();

        now.addAndGet(5_000_000);
        assertThat(deadline.remainingMillis()).isZero();
        assertThat(deadline.remainingNanos()).isNegative();
        assertThat(deadline.expired()).isTrue();
    }

    @Test
    void aHugeBudgetStillFitsASocketTimeout() {
        assertThat(new Deadline(Duration.ofDays(365), now::get).remainingMillis()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void theWatchdogClosesTheSocketOnlyOnceTheDeadlineHasPassed() throws Exception {
        // Budgets with a fraction of a millisecond are the ones a rounded-down sleep cut short.
        List<Boolean> expiredAtClose = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 50; i++) {
            Deadline budget = Deadline.after(Duration.ofNanos(1_000_000 + i * 19_000L));
            CountDownLatch closed = new CountDownLatch(1);
            Watchdog watchdog = Watchdog.start(budget);
            watchdog.watch(new Socket() {
                @Override
                public void close() throws IOException {
                    expiredAtClose.add(budget.expired() && watchdog.fired());
                    closed.countDown();
                    super.close();
                }
            });
            assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
            watchdog.close();
        }

        assertThat(expiredAtClose).hasSize(50).containsOnly(true);
    }

    @Test
    void aSocketHandedToAWatchdogThatAlreadyFiredIsClosedAtOnce() throws Exception {
        Deadline passed = Deadline.after(Duration.ofNanos(1));
        Watchdog watchdog = Watchdog.start(passed);
        while (!watchdog.fired()) {
            Thread.sleep(1);
        }
        Socket late = new Socket();

        watchdog.watch(late);

        assertThat(late.isClosed()).isTrue();
        watchdog.close();
    }
}
