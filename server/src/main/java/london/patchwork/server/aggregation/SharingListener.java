package london.patchwork.server.aggregation;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.Origin;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.events.EventService;
import london.patchwork.server.outbox.Outbox;
import london.patchwork.server.posts.PostService;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * What this instance does when content from a joined hub is kept here, in the transaction that kept it: the hub's
 * {@code last_activity_at} moves on, and, on the pan-London Hub ({@link AggregationConfiguration#shares()}), a new
 * public post, article, thread or event is announced by URI by this instance's Group (to Public, cc its followers),
 * never re-created, so its followers see the whole network while the object stays its author's. Once per object
 * ({@code hub_shares}); not for edits; not for what the backfill brought (recorded by it first).
 */
@Singleton
class SharingListener {

    private final AggregationConfiguration configuration;
    private final HubRepository hubs;
    private final SharingRepository shares;
    private final PostService posts;
    private final EventService events;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final Outbox outbox;
    private final HubActivities activities;

    SharingListener(AggregationConfiguration configuration, HubRepository hubs, SharingRepository shares,
                    PostService posts, EventService events, LocalActors localActors, LocalActorUris actorUris,
                    Outbox outbox, HubActivities activities) {
        this.configuration = configuration;
        this.hubs = hubs;
        this.shares = shares;
        this.posts = posts;
        this.events = events;
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.outbox = outbox;
        this.activities = activities;
    }

    @EventListener
    @Transactional
    void on(PostService.Changed change) {
        if (change.local() || change.kind() == PostService.Changed.Kind.DELETED
                || change.kind() == PostService.Changed.Kind.REMOVED) {
            return;
        }
        posts.kept(change.postId()).filter(post -> !post.local()).ifPresent(post -> kept(post.uri(),
                change.kind() == PostService.Changed.Kind.CREATED && post.publicTopLevel()));
    }

    @EventListener
    @Transactional
    void on(EventService.Changed change) {
        if (change.local() || change.kind() == EventService.Changed.Kind.DELETED) {
            return;
        }
        events.kept(change.eventId()).filter(event -> !event.local() && !event.deleted()).ifPresent(event ->
                kept(event.uri(), change.kind() == EventService.Changed.Kind.CREATED));
    }

    private void kept(String uri, boolean shareable) {
        Optional<Hub> hub = hubOf(uri);
        if (hub.isEmpty()) {
            return;
        }
        shares.touched(hub.get().id(), Instant.now());
        if (!shareable || !configuration.shares() || shares.recordOnce(uri, hub.get().id(), true) == 0) {
            return;
        }
        Actor group = localActors.hub();
        outbox.publish(group, activities.announce(outbox.newActivityUri(), actorUris.id(group), group.username(),
                URI.create(uri)), null, true);
    }

    private Optional<Hub> hubOf(String uri) {
        try {
            return Origin.of(URI.create(uri)).flatMap(origin -> hubs.findByOrigin(origin.toString()));
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }
}
