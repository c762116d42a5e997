package london.patchwork.server.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.VocabException;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.database.Sql;
import london.patchwork.server.work.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Takes leased activities to their handlers: parses each (JSON-LD, off the request path), resolves its object
 * (which may fetch it from its origin, so outside any transaction), then has {@link InboxApplier} run the
 * handlers and mark the rows in one transaction. When an object's origin is down or a handler breaks, that row
 * is scheduled again by the inbox's {@link RetryPolicy}, until the policy gives up.
 */
@Singleton
public class InboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(InboxDispatcher.class);

    private final ActivityJson json;
    private final ActorRepository actors;
    private final InboundObjects objects;
    private final InboxApplier applier;
    private final InboxActivityRepository activities;
    private final RetryPolicy retry;
    private final MeterRegistry meters;

    public InboxDispatcher(ActivityJson json, ActorRepository actors, InboundObjects objects, InboxApplier applier,
                           InboxActivityRepository activities, InboxConfiguration configuration,
                           MeterRegistry meters) {
        this.json = json;
        this.actors = actors;
        this.objects = objects;
        this.applier = applier;
        this.activities = activities;
        this.retry = configuration.retry().policy();
        this.meters = meters;
    }

    /**
     * Applies leased activities: each is read and its object resolved, then all that are ready are applied in one
     * transaction; if that fails, one by one, so one bad activity costs only its own retry. Never throws for a
     * bad activity.
     */
    public void applyAll(List<InboxActivity> rows) {
        Map<String, Optional<Actor>> senders = new HashMap<>();
        List<InboxApplier.Ready> ready = new ArrayList<>(rows.size());
        for (InboxActivity row : rows) {
            try {
                read(row, senders).ifPresent(inbound -> ready.add(new InboxApplier.Ready(row, inbound)));
            } catch (ActivityHandler.RetryLater | RuntimeException e) {
                retryOrFail(row, e);
            }
        }
        if (ready.size() > 1) {
            try {
                applier.applyAll(ready).forEach(this::count);
                return;
            } catch (ActivityHandler.RetryLater | RuntimeException e) {
                LOG.debug("event=inbox_batch_rolled_back activities={} error=\"{}\"", ready.size(),
                        Sql.excerpt(String.valueOf(e.getMessage())));
            }
        }
        for (InboxApplier.Ready one : ready) {
            try {
                count(applier.apply(one.row(), one.inbound()));
            } catch (ActivityHandler.RetryLater | RuntimeException e) {
                retryOrFail(one.row(), e);
            }
        }
    }

    /** Applies one activity, or schedules a retry; never throws for a bad activity. */
    public void apply(InboxActivity row) {
        applyAll(List.of(row));
    }

    private void retryOrFail(InboxActivity row, Exception e) {
        Instant now = Instant.now();
        Instant queuedAt = row.receivedAt() != null ? row.receivedAt() : now;
        Optional<Instant> next = retry.nextAttempt(row.attempts(), queuedAt, now,
                ThreadLocalRandom.current().nextDouble());
        if (next.isEmpty()) {
            activities.finish(row.id(), "failed", Sql.excerpt("gave up: " + e.getMessage()));
            count("failed");
            LOG.info("event=inbox_failed id={} activity={} attempts={} error=\"{}\"", row.id(),
                    row.activityUri(), row.attempts(), Sql.excerpt(e.getMessage()));
        } else {
            activities.retryAt(row.id(), next.get(), Sql.excerpt("retry: " + e.getMessage()));
            count("retry");
        }
    }

    /** The activity ready for its handler, or empty when it was finished here as unreadable. */
    private Optional<InboundActivity> read(InboxActivity row, Map<String, Optional<Actor>> senders)
            throws ActivityHandler.RetryLater {
        ApObject parsed;
        try {
            parsed = json.read(row.raw().getBytes(StandardCharsets.UTF_8));
        } catch (VocabException e) {
            ignore(row, "unreadable: " + e.getMessage());
            return Optional.empty();
        }
        // A burst comes from a few actors: each is read from the database once a batch.
        Optional<Actor> sender = senders.computeIfAbsent(row.actorUri(), actors::findByUri);
        if (!(parsed instanceof Activity activity) || sender.isEmpty()) {
            ignore(row, sender.isEmpty() ? "sender unknown" : "not an activity");
            return Optional.empty();
        }
        return Optional.of(objects.resolve(activity, sender.get()));
    }

    private void ignore(InboxActivity row, String reason) {
        activities.finish(row.id(), "ignored", Sql.excerpt(reason));
        count("ignored");
    }

    private void count(HandlerOutcome outcome) {
        count(outcome.applied() ? "applied" : "ignored");
    }

    private void count(String outcome) {
        meters.counter("patchwork.inbox.processed", "outcome", outcome).increment();
    }
}
