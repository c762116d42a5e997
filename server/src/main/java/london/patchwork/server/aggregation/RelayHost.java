package london.patchwork.server.aggregation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.follows.Follow;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.follows.FollowState;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The relay this instance offers, applying what its inbox received (already verified as the main inbox verifies:
 * signed by the activity's actor). A Follow of the relay or of {@code as:Public} subscribes the sender (a follows
 * row, so the relay's followers collection lists it) and is Accepted; its Undo unsubscribes. A public Create,
 * Update, Delete or Announce from a subscribed server is re-announced by id to every other subscriber, once.
 * Nothing is kept here: the activity never reaches this instance's own inbox handlers.
 */
@Singleton
public class RelayHost {

    static final Set<String> RELAYED = Set.of("Create", "Update", "Delete", "Announce");
    private static final Logger LOG = LoggerFactory.getLogger(RelayHost.class);

    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final FollowRepository follows;
    private final RelayRepository relays;
    private final RelayActivities activities;
    private final Outbox outbox;

    public RelayHost(LocalActors localActors, LocalActorUris actorUris, FollowRepository follows,
                     RelayRepository relays, RelayActivities activities, Outbox outbox) {
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.follows = follows;
        this.relays = relays;
        this.activities = activities;
        this.outbox = outbox;
    }

    /** The relay actor, when this instance offers a relay (it is created at start-up). */
    public Optional<Actor> actor() {
        return localActors.find(Uris.RELAY_USERNAME).filter(LocalActorUris::isRelay);
    }

    /** Applies one verified activity; the answer says what was done, for the log. */
    @Transactional
    public String apply(Actor relay, Actor sender, RelayActivities.Relayed activity) {
        return switch (activity.type()) {
            case "Follow" -> subscribe(relay, sender, activity);
            case "Undo" -> unsubscribe(relay, sender, activity);
            default -> RELAYED.contains(activity.type()) ? forward(relay, sender, activity)
                    : "ignored: a relay takes Follow, Undo, Create, Update, Delete and Announce";
        };
    }

    private String subscribe(Actor relay, Actor sender, RelayActivities.Relayed follow) {
        URI relayId = actorUris.id(relay);
        URI followed = follow.followObject();
        if (followed == null || !(RelayActivities.isPublic(followed) || CanonicalUris.same(followed, relayId))) {
            return "ignored: a Follow of something other than the relay or as:Public";
        }
        Optional<Follow> existing = follows.findByFollowerIdAndFollowedId(sender.id(), relay.id());
        if (existing.isEmpty()) {
            follows.save(new Follow(null, sender.id(), relay.id(), FollowState.accepted, follow.id().toString(),
                    null, Instant.now()));
            LOG.info("event=relay_subscribed subscriber={}", sender.uri());
        } else if (!existing.get().activityUri().equals(follow.id().toString())) {
            // A subscriber that forgot it subscribed follows again: its Undo will name the new Follow.
            follows.update(new Follow(existing.get().id(), sender.id(), relay.id(), FollowState.accepted,
                    follow.id().toString(), existing.get().createdAt(), Instant.now()));
        }
        // Accepted again on a repeat: the first Accept may be what the subscriber missed.
        outbox.publish(relay, activities.accept(outbox.newActivityUri(), relayId, follow.id(),
                URI.create(sender.uri()), followed, Instant.now()), null, false);
        return "subscribed " + sender.uri();
    }

    private String unsubscribe(Actor relay, Actor sender, RelayActivities.Relayed undo) {
        Optional<Follow> subscription = follows.findByFollowerIdAndFollowedId(sender.id(), relay.id())
                .filter(follow -> follow.activityUri().equals(String.valueOf(undo.objectId()))
                        || "Follow".equals(undo.undoneType()));
        if (subscription.isEmpty()) {
            return "ignored: an Undo of no subscription";
        }
        follows.delete(subscription.get());
        LOG.info("event=relay_unsubscribed subscriber={}", sender.uri());
        return "unsubscribed " + sender.uri();
    }

    private String forward(Actor relay, Actor sender, RelayActivities.Relayed activity) {
        URI senderUri = URI.create(sender.uri());
        if (!activity.isPublic()) {
            return "ignored: not public (as:Public is not in to)";
        }
        List<URI> subscribers = follows.findAcceptedFollowerUris(relay.id()).stream().map(URI::create).toList();
        if (subscribers.stream().noneMatch(subscriber -> CanonicalUris.sameHost(subscriber, senderUri))) {
            return "ignored: " + sender.uri() + " is on no subscribed server";
        }
        URI object = activity.objectId();
        if ("Delete".equals(activity.type()) && CanonicalUris.same(object, senderUri)) {
            return "ignored: an actor's own deletion is not relayed";
        }
        List<URI> others = subscribers.stream()
                .filter(subscriber -> !CanonicalUris.sameHost(subscriber, senderUri)).toList();
        if (others.isEmpty()) {
            return "ignored: no other subscriber";
        }
        if (relays.markForwarded(activity.id().toString(), object.toString(), sender.uri()) == 0) {
            return "ignored: already relayed";
        }
        outbox.publish(relay, activities.announce(outbox.newActivityUri(), actorUris.id(relay), object, others,
                Instant.now()), null, true);
        LOG.debug("event=relay_announced activity={} object={} subscribers={}", activity.id(), object, others.size());
        return "announced " + object + " to " + others.size() + " subscribers";
    }
}
