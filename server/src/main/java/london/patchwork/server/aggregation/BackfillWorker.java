package london.patchwork.server.aggregation;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import london.patchwork.server.work.WakeUp;
import london.patchwork.server.work.WorkLoop;

import java.time.Duration;
import java.util.Optional;

/**
 * Backfills newly joined hubs on one virtual thread running the shared {@link WorkLoop}: claim the hub whose
 * backfill is most overdue (a lease in the database), run its next stage ({@link Backfill}), and look again each
 * poll interval, so a hub that was down is tried again when its back-off ends.
 */
@Context
class BackfillWorker {

    static final Duration POLL = Duration.ofSeconds(2);

    private final Backfill backfill;
    private final WakeUp wakeUp = new WakeUp();
    private Thread thread;
    private volatile boolean running;

    BackfillWorker(Backfill backfill) {
        this.backfill = backfill;
    }

    /** A hub was added: its backfill starts now rather than at the next poll. */
    void wake() {
        wakeUp.signal();
    }

    @EventListener
    synchronized void start(StartupEvent event) {
        if (running) {
            return;
        }
        running = true;
        WorkLoop.Work<Hub> work = new WorkLoop.Work<>() {
            @Override
            public Optional<Hub> claim() {
                return backfill.claim();
            }

            @Override
            public void handle(Hub hub) {
                if (backfill.step(hub)) {
                    wakeUp.signal();
                }
            }
        };
        thread = Thread.ofVirtual().name("hub-backfill").start(new WorkLoop<>("hub-backfill", work, wakeUp, POLL,
                () -> running));
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        wakeUp.signal();
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
    }
}
