package london.patchwork.server.aggregation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.follows.Follow;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.follows.FollowState;
import london.patchwork.server.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The writes of joining and leaving a relay, each in one transaction. Joining stores the hub Group's follow of the
 * relay actor as pending, with the id of the Follow of {@code as:Public} it sends: the relay's Accept names that
 * id, so the follows capability's Accept and Reject handlers settle it, and once accepted the relay counts as
 * "followed here", which is what the inbox handlers ask before keeping what it announces.
 */
@Singleton
public class RelayMemberships {

    private static final Logger LOG = LoggerFactory.getLogger(RelayMemberships.class);

    private final RelayRepository relays;
    private final FollowRepository follows;
    private final ActorRepository actors;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final RelayActivities activities;
    private final Outbox outbox;

    public RelayMemberships(RelayRepository relays, FollowRepository follows, ActorRepository actors,
                            LocalActors localActors, LocalActorUris actorUris, RelayActivities activities,
                            Outbox outbox) {
        this.relays = relays;
        this.follows = follows;
        this.actors = actors;
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.activities = activities;
        this.outbox = outbox;
    }

    @Transactional
    public RelayService.Joined join(Actor relay, URI inbox) {
        Optional<JoinedRelay> existing = relays.findByActorId(relay.id());
        if (existing.isPresent()) {
            return new RelayService.Joined(toJson(existing.get()), false);
        }
        Actor hub = localActors.hub();
        URI followId = outbox.newActivityUri();
        // A follow of the relay actor made by hand earlier is replaced: the relay's Accept must find this one.
        follows.findByFollowerIdAndFollowedId(hub.id(), relay.id()).ifPresent(follows::delete);
        follows.save(new Follow(null, hub.id(), relay.id(), FollowState.pending, followId.toString(), null, null));
        JoinedRelay joined = relays.save(new JoinedRelay(null, relay.id(), inbox.toString(), followId.toString(),
                null));
        outbox.publish(hub, activities.followPublic(followId, actorUris.id(hub), URI.create(relay.uri()),
                Instant.now()), null, false);
        LOG.info("event=relay_join_sent relay={} inbox={}", relay.uri(), inbox);
        return new RelayService.Joined(toJson(joined), true);
    }

    @Transactional
    public List<RelayJson> list() {
        return relays.findAllOrderById().stream().map(this::toJson).toList();
    }

    @Transactional
    public boolean leave(long id) {
        Optional<JoinedRelay> joined = relays.findById(id);
        Optional<Actor> relay = joined.flatMap(found -> actors.findById(found.actorId()));
        if (joined.isEmpty() || relay.isEmpty()) {
            return false;
        }
        Actor hub = localActors.hub();
        follows.findByActivityUri(joined.get().followUri()).ifPresent(follows::delete);
        relays.delete(joined.get());
        outbox.publish(hub, activities.leave(outbox.newActivityUri(), actorUris.id(hub),
                URI.create(joined.get().followUri()), URI.create(relay.get().uri()), Instant.now()), null, false);
        LOG.info("event=relay_left relay={}", relay.get().uri());
        return true;
    }

    private RelayJson toJson(JoinedRelay relay) {
        String state = follows.findByActivityUri(relay.followUri())
                .map(follow -> follow.state() == FollowState.accepted ? "joined" : "pending")
                .orElse("refused");
        String actor = actors.findById(relay.actorId()).map(Actor::uri).orElse("");
        return new RelayJson(relay.id().toString(), actor, relay.inboxUri(), state, relay.joinedAt());
    }
}
