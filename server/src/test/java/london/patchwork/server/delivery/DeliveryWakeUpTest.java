package london.patchwork.server.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryWakeUpTest {

    @Test
    void aSignalBetweenLookingForWorkAndWaitingIsNotLost() throws InterruptedException {
        DeliveryWakeUp wakeUp = new DeliveryWakeUp();
        long seen = wakeUp.generation();
        wakeUp.signal();
        // Would wait an hour if the signal had been lost.
        wakeUp.await(seen, Duration.ofHours(1));
        assertThat(wakeUp.generation()).isEqualTo(seen + 1);
    }

    @Test
    void aWaitingWorkerWakesOnASignal() throws InterruptedException {
        DeliveryWakeUp wakeUp = new DeliveryWakeUp();
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
}
