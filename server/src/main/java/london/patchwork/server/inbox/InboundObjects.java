package london.patchwork.server.inbox;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.http.CanonicalUris;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Works out what an activity's object is, which the routes dispatch on, before any handler runs:
 * <ol>
 * <li>an actor (embedded, or the sender's own id): {@link ActivityPattern#ACTOR};</li>
 * <li>something held here by that id (an activity we sent or received, or an object a capability stores): its
 *     stored type, whatever an embedded copy claims;</li>
 * <li>an embedded object: its type;</li>
 * <li>the bare id of a new object in a {@code Create}, or of a held one in an {@code Update}, on the sender's own
 *     host: fetched once from its origin, and routed by the type it really has;</li>
 * <li>an object not held here in an {@code Announce} from an actor followed here, by id or embedded (a joined hub's
 *     Group sharing a post, event, place or tie): fetched once from the object's own origin, whatever host the
 *     announcer is on, and routed by its real type. A stranger's boost costs no fetch.</li>
 * </ol>
 * Otherwise nothing is fetched from another host than the sender's: an actor only ever creates or edits objects on
 * its own.
 * Runs outside the handler's transaction, since it may go to the network.
 */
@Singleton
public class InboundObjects {

    private final InboxActivityRepository activities;
    private final List<KnownObjects> capabilities;
    private final RemoteObjects remote;
    private final FollowedHere followed;

    public InboundObjects(InboxActivityRepository activities, List<KnownObjects> capabilities, RemoteObjects remote,
                          FollowedHere followed) {
        this.followed = followed;
        this.activities = activities;
        this.capabilities = capabilities;
        this.remote = remote;
    }

    /**
     * The activity with its object's kind and, where one was embedded or fetched, the object.
     *
     * @throws ActivityHandler.RetryLater when the object's origin could not be reached now
     */
    public InboundActivity resolve(Activity activity, Actor sender) throws ActivityHandler.RetryLater {
        Optional<Ref<ApObject>> reference = activity.object();
        if (reference.isEmpty()) {
            return new InboundActivity(activity, sender, ActivityPattern.ANY);
        }
        Optional<ApObject> embedded = reference.get().embedded();
        URI id = reference.get().id();
        URI senderId = URI.create(sender.uri());
        if (embedded.filter(london.patchwork.federation.vocab.Actor.class::isInstance).isPresent()
                || CanonicalUris.same(id, senderId)) {
            return new InboundActivity(activity, sender, ActivityPattern.ACTOR, embedded);
        }
        Optional<String> stored = id == null ? Optional.empty() : storedType(id);
        if (stored.isPresent()) {
            boolean refetch = embedded.isEmpty() && activity.type().equals("Update")
                    && CanonicalUris.sameHost(id, senderId);
            return new InboundActivity(activity, sender, stored.get(), refetch ? remote.fetch(id) : embedded);
        }
        if (id != null && activity.type().equals("Announce") && embedded.filter(Activity.class::isInstance).isEmpty()
                && followed.followedHere(sender)) {
            // What the announcer embedded is its claim; the object's own origin says what it is.
            Optional<ApObject> fetched = remote.fetch(id);
            return new InboundActivity(activity, sender, fetched.map(InboundObjects::kindOf)
                    .orElse(ActivityPattern.ANY), fetched);
        }
        if (embedded.isPresent()) {
            return new InboundActivity(activity, sender, embedded.get().type(), embedded);
        }
        if (id != null && activity.type().equals("Create") && CanonicalUris.sameHost(id, senderId)) {
            Optional<ApObject> fetched = remote.fetch(id);
            String kind = fetched.map(InboundObjects::kindOf).orElse(ActivityPattern.ANY);
            return new InboundActivity(activity, sender, kind, fetched);
        }
        return new InboundActivity(activity, sender, ActivityPattern.ANY);
    }

    private Optional<String> storedType(URI id) {
        String uri = id.toString();
        Optional<String> type = activities.findTypeOfActivity(uri);
        for (KnownObjects capability : capabilities) {
            if (type.isPresent()) {
                return type;
            }
            type = capability.typeOf(id);
        }
        return type;
    }

    private static String kindOf(ApObject object) {
        return object instanceof london.patchwork.federation.vocab.Actor ? ActivityPattern.ACTOR : object.type();
    }
}
