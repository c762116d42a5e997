package london.patchwork.server.inbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Applies stored inbox activities on virtual threads. Rows are leased with {@code SKIP LOCKED}, so workers in
 * several server processes share the work; the intake wakes a worker as soon as something is stored, and
 * otherwise they poll.
 */
@Context
public class InboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWorker.class);
    private static final int BATCH = 16;

    private final InboxDispatcher dispatcher;
    private final InboxActivityRepository activities;
    private final boolean enabled;
    private final int workers;
    private final Duration pollInterval;
    private final Semaphore wakeUps = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public InboxWorker(InboxDispatcher dispatcher, InboxActivityRepository activities,
                       @Value("${patchwork.inbox.enabled:true}") boolean enabled,
                       @Value("${patchwork.inbox.workers:2}") int workers,
                       @Value("${patchwork.inbox.poll-interval:1s}") Duration pollInterval) {
        this.dispatcher = dispatcher;
        this.activities = activities;
        this.enabled = enabled;
        this.workers = workers;
        this.pollInterval = pollInterval;
    }

    @EventListener
    synchronized void start(StartupEvent event) {
        if (!enabled || running) {
            return;
        }
        running = true;
        for (int i = 0; i < workers; i++) {
            threads.add(Thread.ofVirtual().name("inbox-worker-" + i).start(this::run));
        }
    }

    /** Something was stored: process it now rather than at the next poll. */
    public void wake() {
        wakeUps.release();
    }

    private void run() {
        while (running) {
            try {
                List<InboxActivity> batch = activities.lease(BATCH);
                for (InboxActivity activity : batch) {
                    dispatcher.apply(activity);
                }
                if (batch.isEmpty() && wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("event=inbox_worker_error error=\"{}\"", e.toString());
                    sleepQuietly();
                }
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            thread.join(5_000);
        }
        threads.clear();
    }
}
