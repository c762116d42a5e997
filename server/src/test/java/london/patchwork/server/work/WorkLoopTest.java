package london.patchwork.server.work;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class WorkLoopTest {

    private static final Duration POLL = Duration.ofMillis(20);

    @Test
    void idleWorkersOfAKindTakeTurnsToPoll() throws InterruptedException {
        AtomicInteger claims = new AtomicInteger();
        CountDownLatch twentyClaims = new CountDownLatch(20);
        WorkLoop.Work<String> nothing = new WorkLoop.Work<>() {
            @Override
            public Optional<String> claim() {
                claims.incrementAndGet();
                twentyClaims.countDown();
                return Optional.empty();
            }

            @Override
            public void handle(String item) {
            }
        };
        AtomicBoolean running = new AtomicBoolean(true);
        long started = System.nanoTime();
        List<Thread> workers = start(16, nothing, new WakeUp(), running);
        assertThat(twentyClaims.await(1, TimeUnit.MINUTES)).isTrue();
        long elapsed = System.nanoTime() - started;
        running.set(false);
        // Turns are at least a poll interval apart whatever the load, so twenty claims take nineteen intervals;
        // sixteen workers each polling would have made them in two.
        assertThat(Duration.ofNanos(elapsed)).isGreaterThanOrEqualTo(POLL.multipliedBy(19));
        stop(workers);
    }

    @Test
    void workFoundByAPollWakesTheOtherWorkers() throws InterruptedException {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(List.of("a", "b", "c", "d"));
        CountDownLatch allBusy = new CountDownLatch(4);
        CountDownLatch release = new CountDownLatch(1);
        WorkLoop.Work<String> items = new WorkLoop.Work<>() {
            @Override
            public Optional<String> claim() {
                return Optional.ofNullable(queue.poll());
            }

            @Override
            public void handle(String item) {
                allBusy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        AtomicBoolean running = new AtomicBoolean(true);
        // No signal announces the four items, and the interval is an hour: only the first poll turn finds them,
        // so the four can only be handled at once if that worker wakes the others.
        List<Thread> workers = start(4, items, new WakeUp(), running, Duration.ofHours(1));
        assertThat(allBusy.await(1, TimeUnit.MINUTES)).isTrue();
        assertThat(queue).isEmpty();
        running.set(false);
        release.countDown();
        stop(workers);
    }

    private static List<Thread> start(int count, WorkLoop.Work<String> work, WakeUp wakeUp, AtomicBoolean running) {
        return start(count, work, wakeUp, running, POLL);
    }

    private static List<Thread> start(int count, WorkLoop.Work<String> work, WakeUp wakeUp, AtomicBoolean running,
                                      Duration poll) {
        List<WorkLoop<String>> loops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            loops.add(new WorkLoop<>("test", work, wakeUp, poll, running::get));
        }
        return loops.stream().map(loop -> Thread.ofVirtual().start(loop)).toList();
    }

    private static void stop(List<Thread> workers) throws InterruptedException {
        for (Thread worker : workers) {
            worker.interrupt();
            worker.join(Duration.ofMinutes(1));
            assertThat(worker.isAlive()).isFalse();
        }
    }
}
