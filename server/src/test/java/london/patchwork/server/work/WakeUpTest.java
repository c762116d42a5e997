package london.patchwork.server.work;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class WakeUpTest {

    @Test
    void aSignalBetweenLookingForWorkAndWaitingIsNotLost() throws InterruptedException {
        WakeUp wakeUp = new WakeUp();
        long seen = wakeUp.generation();
        wakeUp.signal();
        // Would wait an hour if the signal had been lost.
        wakeUp.await(seen, Duration.ofHours(1));
        assertThat(wakeUp.generation()).isEqualTo(seen + 1);
    }

    @Test
    void aWaitingWorkerWakesOnASignal() throws InterruptedException {
        WakeUp wakeUp = new WakeUp();
        CountDownLatch woken = new CountDownLatch(1);
        long seen = wakeUp.generation();
        Thread worker = Thread.ofVirtual().start(() -> {
            try {
                wakeUp.await(seen, Duration.ofHours(1));
                woken.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        wakeUp.signal();
        assertThat(woken.await(1, TimeUnit.MINUTES)).isTrue();
        worker.join();
    }

    @Test
    void oneWorkerOfAKindPollsPerInterval() {
        WakeUp wakeUp = new WakeUp();
        Duration hour = Duration.ofHours(1);
        assertThat(wakeUp.takePollTurn("delivery", hour)).isTrue();
        assertThat(wakeUp.takePollTurn("delivery", hour)).isFalse();
        // Another kind sharing the wake-up has its own turn.
        assertThat(wakeUp.takePollTurn("fanout", hour)).isTrue();
        assertThat(wakeUp.takePollTurn("fanout", hour)).isFalse();
    }
}
