package london.patchwork.server.connections;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.work.WakeUp;
import london.patchwork.server.work.WorkLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The network's figures as last computed, recomputed in the background when ties or assets change and never on a
 * page view. Each committed change counts; the worker computes for the count it read, so a burst of changes costs
 * one computation (or two), and a change made while it computes is picked up by the next turn.
 */
@Context
public class NetworkFiguresCache {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkFiguresCache.class);
    private static final Duration POLL = Duration.ofSeconds(30);

    private final ConnectionService connections;
    private final Clock clock;
    private final WakeUp wakeUp = new WakeUp();
    private final AtomicLong changes = new AtomicLong();
    private volatile Computed last;
    private volatile boolean running;
    private Thread thread;

    private record Computed(NetworkFigures figures, long changes) {
    }

    NetworkFiguresCache(ConnectionService connections) {
        this.connections = connections;
        this.clock = Clock.systemUTC();
    }

    /** The last figures; the first call after start computes them when the worker has not yet. */
    public NetworkFigures figures() {
        Computed computed = last;
        return computed != null ? computed.figures() : computeOnce();
    }

    /** Whether ties or assets changed since the figures were computed (a newer computation is on its way). */
    public boolean stale() {
        Computed computed = last;
        return computed == null || computed.changes() < changes.get();
    }

    @EventListener
    synchronized void start(StartupEvent event) {
        if (running) {
            return;
        }
        running = true;
        WorkLoop.Work<Long> work = new WorkLoop.Work<>() {
            @Override
            public Optional<Long> claim() {
                long seen = changes.get();
                Computed computed = last;
                return computed != null && computed.changes() < seen ? Optional.of(seen) : Optional.empty();
            }

            @Override
            public void handle(Long seen) {
                compute(seen);
            }
        };
        thread = Thread.ofVirtual().name("network-figures").start(
                new WorkLoop<>("network-figures", work, wakeUp, POLL, () -> running));
    }

    @TransactionalEventListener
    void tieChanged(ConnectionService.Changed event) {
        changed();
    }

    @TransactionalEventListener
    void assetChanged(AssetService.Changed event) {
        changed();
    }

    private void changed() {
        changes.incrementAndGet();
        wakeUp.signal();
    }

    private synchronized NetworkFigures computeOnce() {
        Computed computed = last;
        return computed != null ? computed.figures() : compute(changes.get());
    }

    private NetworkFigures compute(long seen) {
        long started = System.nanoTime();
        NetworkFigures figures = NetworkMetrics.compute(connections.network(), clock.instant());
        synchronized (this) {
            if (last == null || last.changes() <= seen) {
                last = new Computed(figures, seen);
            }
        }
        LOG.info("event=network_figures nodes={} ties={} ms={}", figures.whole().nodes(), figures.whole().ties(),
                (System.nanoTime() - started) / 1_000_000);
        return figures;
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
