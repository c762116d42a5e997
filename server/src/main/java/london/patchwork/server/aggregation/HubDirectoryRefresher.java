package london.patchwork.server.aggregation;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import london.patchwork.server.work.WakeUp;
import london.patchwork.server.work.WorkLoop;

import java.util.Optional;

/**
 * Keeps the directory's figures fresh on one virtual thread running the shared {@link WorkLoop}: claim the hub most
 * overdue for a read (a newly added one, whose {@code refreshed_at} is null, first), read its NodeInfo and Group
 * actor, store what it said or mark it unreachable, and look again each poll interval. The claim is a lease in the
 * database, so several server processes share the work.
 */
@Context
class HubDirectoryRefresher {

    private final HubDirectoryStore store;
    private final HubDirectoryReader reader;
    private final HubRepository hubs;
    private final HubDirectoryConfiguration configuration;
    private final WakeUp wakeUp = new WakeUp();
    private Thread thread;
    private volatile boolean running;

    HubDirectoryRefresher(HubDirectoryStore store, HubDirectoryReader reader, HubRepository hubs,
                          HubDirectoryConfiguration configuration) {
        this.store = store;
        this.reader = reader;
        this.hubs = hubs;
        this.configuration = configuration;
    }

    @EventListener
    synchronized void start(StartupEvent event) {
        if (!configuration.enabled() || running) {
            return;
        }
        running = true;
        WorkLoop.Work<Long> work = new WorkLoop.Work<>() {
            @Override
            public Optional<Long> claim() {
                return store.claimDue(configuration.refreshInterval());
            }

            @Override
            public void handle(Long id) {
                refresh(id);
            }
        };
        thread = Thread.ofVirtual().name("hub-directory").start(
                new WorkLoop<>("hub-directory", work, wakeUp, configuration.pollInterval(), () -> running));
    }

    /** Reads one claimed hub, outside any transaction (the fetches may take seconds), then records the outcome. */
    private void refresh(long id) {
        Optional<Hub> hub = hubs.findById(id);
        if (hub.isEmpty()) {
            return;
        }
        reader.read(hub.get()).ifPresentOrElse(read -> store.answered(id, read), () -> store.unreachable(id));
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
