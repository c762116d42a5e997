package london.patchwork.server.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Applies one stored activity through {@link InboxApplier}, and when that fails (a handler asked to retry,
 * or broke) schedules the row again with backoff, up to {@value #MAX_ATTEMPTS} times.
 */
@Singleton
public class InboxDispatcher {

    static final int MAX_ATTEMPTS = 6;
    private static final Logger LOG = LoggerFactory.getLogger(InboxDispatcher.class);

    private final InboxApplier applier;
    private final InboxActivityRepository activities;
    private final MeterRegistry meters;

    public InboxDispatcher(InboxApplier applier, InboxActivityRepository activities, MeterRegistry meters) {
        this.applier = applier;
        this.activities = activities;
        this.meters = meters;
    }

    /** Applies the activity, or schedules a retry; never throws for a bad activity. */
    public void apply(InboxActivity row) {
        try {
            applier.apply(row);
        } catch (ActivityHandler.RetryLater | RuntimeException e) {
            if (row.attempts() >= MAX_ATTEMPTS) {
                activities.finish(row.id(), "failed", cut("gave up: " + e.getMessage()));
                count("failed");
                LOG.info("event=inbox_failed id={} activity={} error=\"{}\"", row.id(), row.activityUri(),
                        e.getMessage());
            } else {
                Duration backoff = Duration.ofSeconds(30L << Math.min(row.attempts(), 10));
                activities.retryAt(row.id(), Instant.now().plus(backoff), cut("retry: " + e.getMessage()));
                count("retry");
            }
        }
    }

    private void count(String outcome) {
        meters.counter("patchwork.inbox.processed", "outcome", outcome).increment();
    }

    static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
