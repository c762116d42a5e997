package london.patchwork.server.inbox;

import io.micronaut.context.BeanProvider;
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
 * An {@code Announce} of an object not held here (an Event, Place or Relationship), from an actor followed here (the
 * Group of a hub this instance joined): {@link InboundObjects} fetched the object from its own origin, so what the
 * announcer may have embedded counts for nothing. The object is then kept as if its author had sent its
 * {@code Create}: the capability's Create handler runs with the author as sender, with all its checks (the object
 * on its author's host, whether it belongs here). A stranger's boost, or one of an object held already, is ignored.
 */
@Singleton
public class AnnouncedObjects {

    private final FollowedHere followed;
    private final RemoteActors actors;
    // A provider: the capabilities that hold objects also route Announces here, so are built after this.
    private final BeanProvider<KnownObjects> capabilities;

    public AnnouncedObjects(FollowedHere followed, RemoteActors actors, BeanProvider<KnownObjects> capabilities) {
        this.capabilities = capabilities;
        this.followed = followed;
        this.actors = actors;
    }

    /** The handler for {@code Announce} of a bare id of what {@code create} keeps. */
    public ActivityHandler keptBy(ActivityHandler create) {
        return inbound -> {
            URI id = inbound.activity().object().map(Ref::id).orElse(null);
            if (id == null || !followed.followedHere(inbound.sender())) {
                return HandlerOutcome.ignored("not an announce from anyone followed here");
            }
            if (capabilities.stream().anyMatch(capability -> capability.typeOf(id).isPresent())) {
                // Held already: its edits come from its origin, never through someone's boost.
                return HandlerOutcome.ignored("announced " + id + " is held here already");
            }
            // Not held and from someone followed: the inbox fetched it from its own origin.
            Optional<AsObject> object = inbound.object(AsObject.class)
                    .filter(found -> CanonicalUris.same(id, found.id()));
            if (object.isEmpty()) {
                return HandlerOutcome.ignored("announced " + id + " is gone at its origin");
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
