package london.patchwork.server.events;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;

/**
 * The hub's Group boosts each member's new event by id ({@code Announce}, to Public, cc the author and the Group's
 * followers, listed in the Group's outbox), so Mastodon accounts following the Group see it; its Create already
 * reaches instances following the Group. The Group's own events are not boosted: their Create reached its
 * followers. That includes events imported from calendar feeds, which the Group publishes, so a feed of hundreds
 * of events does not also send hundreds of boosts.
 */
@Singleton
class EventShares {

    private final CalendarEventRepository events;
    private final EventActivities activities;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final ActorRepository actors;
    private final Outbox outbox;

    EventShares(CalendarEventRepository events, EventActivities activities, LocalActors localActors,
                LocalActorUris actorUris, ActorRepository actors, Outbox outbox) {
        this.events = events;
        this.activities = activities;
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.actors = actors;
        this.outbox = outbox;
    }

    /** In the transaction that created the event, so the boost is published exactly when the event is. */
    @EventListener
    void on(EventService.Changed change) {
        if (change.kind() != EventService.Changed.Kind.CREATED || !change.local()) {
            return;
        }
        CalendarEvent event = events.findById(change.eventId()).orElse(null);
        Actor hub = localActors.hub();
        if (event == null || event.deleted() || event.authorId() == hub.id() || event.sourceSubscriptionId() != null) {
            return;
        }
        Actor author = actors.findById(event.authorId()).orElse(null);
        if (author == null) {
            return;
        }
        outbox.publish(hub, activities.announce(outbox.newActivityUri(), actorUris.id(hub), hub.username(),
                URI.create(event.uri()), actorUris.id(author)), null, true);
    }
}
