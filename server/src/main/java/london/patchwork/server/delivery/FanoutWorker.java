package london.patchwork.server.delivery;

import london.patchwork.server.database.Sql;
import london.patchwork.server.work.WorkLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** The fan-out's work: claim a published activity and turn it into delivery jobs. */
final class FanoutWorker implements WorkLoop.Work<PendingActivity> {

    private static final Logger LOG = LoggerFactory.getLogger(FanoutWorker.class);

    private final FanoutStore store;
    private final Fanout fanout;
    private final DeliveryWakeUp wakeUp;

    FanoutWorker(FanoutStore store, Fanout fanout, DeliveryWakeUp wakeUp) {
        this.store = store;
        this.fanout = fanout;
        this.wakeUp = wakeUp;
    }

    @Override
    public Optional<PendingActivity> claim() {
        return store.claim();
    }

    @Override
    public void handle(PendingActivity activity) {
        try {
            if (fanout.fanOut(activity) > 0) {
                wakeUp.signal();
            }
        } catch (RuntimeException e) {
            // The claim's lease runs out and the activity is planned again, here or in another process.
            LOG.warn("event=fanout_error activity={} error=\"{}\"", activity.uri(), Sql.excerpt(e.toString()));
        }
    }
}
