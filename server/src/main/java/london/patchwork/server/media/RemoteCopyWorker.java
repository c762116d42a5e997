package london.patchwork.server.media;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import london.patchwork.server.work.WakeUp;
import london.patchwork.server.work.WorkLoop;

import java.time.Duration;

/**
 * Runs {@link RemoteCopies} on one virtual thread, on the shared {@link WorkLoop}, when
 * {@code patchwork.media.cache-remote} is on: woken when a post's images were queued and committed, and looking again
 * every few seconds for images queued by another process or due again. One worker per process keeps the fetching
 * gentle on peers; the queue is the {@code media} rows themselves, so nothing is lost on a restart.
 */
@Singleton
@Requires(property = "patchwork.media.cache-remote", value = "true")
public class RemoteCopyWorker {

    private static final Duration POLL = Duration.ofSeconds(5);

    private final RemoteCopies copies;
    private final WakeUp wakeUp = new WakeUp();
    private volatile boolean running;
    private Thread thread;

    public RemoteCopyWorker(RemoteCopies copies) {
        this.copies = copies;
    }

    @EventListener
    synchronized void start(StartupEvent event) {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name("media-copy").start(new WorkLoop<>("media-copy", copies, wakeUp, POLL,
                () -> running));
    }

    @TransactionalEventListener
    void queued(RemoteCopies.Queued event) {
        wakeUp.signal();
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
