package london.patchwork.server.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.VocabException;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Applies one stored activity in one transaction: parse it (JSON-LD, off the request path), find its
 * handler, run it, and mark the row. A handler that asks to retry rolls its own work back with it.
 */
@Singleton
public class InboxApplier {

    private final ActivityJson json;
    private final ActivityHandlers handlers;
    private final ObjectKinds objectKinds;
    private final ActorRepository actors;
    private final InboxActivityRepository activities;
    private final MeterRegistry meters;

    public InboxApplier(ActivityJson json, ActivityHandlers handlers, ObjectKinds objectKinds, ActorRepository actors,
                        InboxActivityRepository activities, MeterRegistry meters) {
        this.json = json;
        this.handlers = handlers;
        this.objectKinds = objectKinds;
        this.actors = actors;
        this.activities = activities;
        this.meters = meters;
    }

    @Transactional(rollbackFor = ActivityHandler.RetryLater.class)
    public void apply(InboxActivity row) throws ActivityHandler.RetryLater {
        ApObject parsed;
        try {
            parsed = json.read(row.raw().getBytes(StandardCharsets.UTF_8));
        } catch (VocabException e) {
            finish(row, HandlerOutcome.ignored("unreadable: " + e.getMessage()));
            return;
        }
        Optional<Actor> sender = actors.findByUri(row.actorUri());
        if (!(parsed instanceof Activity activity) || sender.isEmpty()) {
            finish(row, HandlerOutcome.ignored(sender.isEmpty() ? "sender unknown" : "not an activity"));
            return;
        }
        String kind = objectKinds.of(activity);
        Optional<ActivityHandler> handler = handlers.find(activity.type(), kind);
        if (handler.isEmpty()) {
            finish(row, HandlerOutcome.ignored("no handler for " + ActivityPattern.of(activity.type(), kind)));
            return;
        }
        finish(row, handler.get().handle(new InboundActivity(activity, sender.get(), kind)));
    }

    private void finish(InboxActivity row, HandlerOutcome outcome) {
        activities.finish(row.id(), outcome.applied() ? "done" : "ignored", InboxDispatcher.cut(outcome.detail()));
        meters.counter("patchwork.inbox.processed", "outcome", outcome.applied() ? "applied" : "ignored").increment();
    }
}
