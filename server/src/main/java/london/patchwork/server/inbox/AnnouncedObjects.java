package london.patchwork.server.inbox;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.http.CanonicalUris;

import java.net.URI;
import java.util.Optional;

/**
 * An {@code Announce} of an object by id (an Event, Place or Relationship), from an actor followed here (the Group
 * of a hub this instance joined): {@link InboundObjects} fetched the object from its own origin, so what the
 * announcer may have said of it counts for nothing. The object is then kept as if its author had sent its
 * {@code Create}: the capability's Create handler runs with the author as sender, with all its checks (the object
 * on its author's host, whether it belongs here). A boost with the object embedded, or from a stranger, is ignored.
 */
@Singleton
public class AnnouncedObjects {

    private final FollowedHere followed;
    private final RemoteActors actors;

    public AnnouncedObjects(FollowedHere followed, RemoteActors actors) {
        this.followed = followed;
        this.actors = actors;
    }

    /** The handler for {@code Announce} of a bare id of what {@code create} keeps. */
    public ActivityHandler keptBy(ActivityHandler create) {
        return inbound -> {
            boolean bareId = inbound.activity().object().flatMap(Ref::embedded).isEmpty();
            Optional<AsObject> object = inbound.object(AsObject.class).filter(found -> found.id() != null);
            if (!bareId || !followed.followedHere(inbound.sender())) {
                return HandlerOutcome.ignored("not an announce by id from anyone followed here");
            }
            if (object.isEmpty()) {
                return HandlerOutcome.ignored("announced object already held here, or gone at its origin");
            }
            URI author = object.get().fields().attributedToId();
            if (author == null || !CanonicalUris.sameHost(author, object.get().id())) {
                return HandlerOutcome.ignored("announced " + object.get().id() + " is not on its author's host");
            }
            Actor origin;
            try {
                origin = actors.resolve(author);
            } catch (RemoteActorException e) {
                throw new ActivityHandler.RetryLater("author of " + object.get().id() + ": " + e.getMessage(), e);
            }
            return create.handle(new InboundActivity(inbound.activity(), origin, inbound.objectKind(),
                    inbound.object()));
        };
    }
}
