package london.patchwork.server.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The loop that claims published activities and fans them out, one at a time, until the process stops. */
final class FanoutWorker implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(FanoutWorker.class);

    private final FanoutStore store;
    private final Fanout fanout;
    private final DeliveryWakeUp wakeUp;
    private final Duration pollInterval;
    private final BooleanSupplier running;

    FanoutWorker(FanoutStore store, Fanout fanout, DeliveryWakeUp wakeUp, Duration pollInterval,
                 BooleanSupplier running) {
        this.store = store;
        this.fanout = fanout;
        this.wakeUp = wakeUp;
        this.pollInterval = pollInterval;
        this.running = running;
    }

    @Override
    public void run() {
        try {
            while (running.getAsBoolean()) {
                long seen = wakeUp.generation();
                Optional<PendingActivity> activity = claim();
                if (activity.isEmpty()) {
                    wakeUp.await(seen, pollInterval);
                    continue;
                }
                try {
                    if (fanout.fanOut(activity.get()) > 0) {
                        wakeUp.signal();
                    }
                } catch (RuntimeException e) {
                    // The claim's lease runs out and the activity is planned again, here or in another process.
                    LOG.warn("event=fanout_error activity={} error=\"{}\"", activity.get().uri(), Sql.excerpt(e.toString()));
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<PendingActivity> claim() throws InterruptedException {
        try {
            return store.claim();
        } catch (RuntimeException e) {
            LOG.warn("event=fanout_claim_error error=\"{}\"", Sql.excerpt(e.toString()));
            Thread.sleep(pollInterval);
            return Optional.empty();
        }
    }
}
