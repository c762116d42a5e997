package london.patchwork.server.follows;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A local actor (the hub) following and unfollowing remote actors, such as other hubs. The follow is
 * stored pending with its Follow activity in one transaction; the remote Accept marks it accepted.
 */
@Singleton
public class FollowService {

    private final FollowRepository follows;
    private final FollowActivities mapper;
    private final Outbox outbox;
    private final LocalActorUris actorUris;

    public FollowService(FollowRepository follows, FollowActivities mapper, Outbox outbox, LocalActorUris actorUris) {
        this.follows = follows;
        this.mapper = mapper;
        this.outbox = outbox;
        this.actorUris = actorUris;
    }

    @Transactional
    public Follow follow(Actor local, Actor remote) {
        Optional<Follow> existing = follows.findByFollowerIdAndFollowedId(local.id(), remote.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        URI id = outbox.newActivityUri();
        Follow follow = follows.save(new Follow(null, local.id(), remote.id(), FollowState.pending, id.toString(),
                null, null));
        outbox.publish(local, mapper.follow(id, actorUris.id(local), URI.create(remote.uri()), Instant.now()), null,
                false);
        return follow;
    }

    @Transactional
    public void unfollow(Actor local, Actor remote) {
        Optional<Follow> existing = follows.findByFollowerIdAndFollowedId(local.id(), remote.id());
        if (existing.isEmpty()) {
            return;
        }
        follows.delete(existing.get());
        outbox.publish(local, mapper.undo(outbox.newActivityUri(), actorUris.id(local),
                URI.create(existing.get().activityUri()), URI.create(remote.uri()), Instant.now()), null, false);
    }

    /** How the local actor and another stand, in Mastodon's Relationship shape. */
    public RelationshipJson relationship(Actor local, Actor other) {
        Optional<Follow> outgoing = follows.findByFollowerIdAndFollowedId(local.id(), other.id());
        boolean followedBy = follows.findByFollowerIdAndFollowedId(other.id(), local.id())
                .map(follow -> follow.state() == FollowState.accepted).orElse(false);
        return new RelationshipJson(other.id().toString(),
                outgoing.map(follow -> follow.state() == FollowState.accepted).orElse(false),
                outgoing.map(follow -> follow.state() == FollowState.pending).orElse(false), followedBy);
    }
}
