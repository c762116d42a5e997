package london.patchwork.server.connections;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Relationship;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.util.Optional;

/**
 * Tells the hub Group's followers about the hub's ties, in the transaction that changed them: {@code Create},
 * {@code Update} and {@code Delete} of a {@code Relationship}, only while both ends can be named on the wire (an
 * asset on the map, a Place kept from a peer, or an actor). Peers' ties kept here are never sent on.
 */
@Singleton
class ConnectionFederation {

    private final ConnectionActivities activities;
    private final TieEnds ends;
    private final TieTypeRepository types;
    private final Outbox outbox;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final Uris uris;

    ConnectionFederation(ConnectionActivities activities, TieEnds ends, TieTypeRepository types, Outbox outbox,
                         LocalActors localActors, LocalActorUris actorUris, Uris uris) {
        this.activities = activities;
        this.ends = ends;
        this.types = types;
        this.outbox = outbox;
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.uris = uris;
    }

    @EventListener
    void onChanged(ConnectionService.Changed change) {
        Tie tie = change.tie();
        if (!tie.local()) {
            return;
        }
        Actor hub = localActors.hub();
        URI hubId = actorUris.id(hub);
        if (change.kind() == ConnectionService.Changed.Kind.DELETED) {
            outbox.publish(hub, activities.delete(outbox.newActivityUri(), hubId, activities.tombstone(tie),
                    uris.followers(hub.username())), null, false);
            return;
        }
        document(tie).ifPresent(relationship -> outbox.publish(hub,
                change.kind() == ConnectionService.Changed.Kind.CREATED
                        ? activities.create(outbox.newActivityUri(), hubId, relationship)
                        : activities.update(outbox.newActivityUri(), hubId, relationship), null, false));
    }

    /** The Relationship as it stands, or empty when an end cannot be named on the wire. */
    Optional<Relationship> document(Tie tie) {
        Optional<URI> subject = ends.wireId(tie.subject());
        Optional<URI> object = ends.wireId(tie.object());
        if (subject.isEmpty() || object.isEmpty()) {
            return Optional.empty();
        }
        Actor hub = localActors.hub();
        return Optional.of(activities.document(tie, types.findBySlug(tie.type()).orElseThrow(), subject.get(),
                object.get(), actorUris.id(hub), uris.followers(hub.username())));
    }
}
