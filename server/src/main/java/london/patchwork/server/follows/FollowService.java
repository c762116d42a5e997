package london.patchwork.server.follows;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A local actor (the hub, or a member's Person) following and unfollowing others. A remote follow is stored
 * pending with its Follow activity in one transaction, and the remote Accept marks it accepted; a local one (a
 * member following another member or the hub) is accepted at once unless the followed approves by hand.
 */
@Singleton
public class FollowService {

    private final FollowRepository follows;
    private final FollowActivities mapper;
    private final Outbox outbox;
    private final LocalActorUris actorUris;
    private final ApplicationEventPublisher<FollowStarted> started;

    public FollowService(FollowRepository follows, FollowActivities mapper, Outbox outbox, LocalActorUris actorUris,
                         ApplicationEventPublisher<FollowStarted> started) {
        this.follows = follows;
        this.mapper = mapper;
        this.outbox = outbox;
        this.actorUris = actorUris;
        this.started = started;
    }

    @Transactional
    public Follow follow(Actor local, Actor remote) {
        Optional<Follow> existing = follows.findByFollowerIdAndFollowedId(local.id(), remote.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        URI id = outbox.newActivityUri();
        if (remote.local()) {
            boolean accepted = !remote.manuallyApprovesFollowers();
            Follow follow = follows.save(new Follow(null, local.id(), remote.id(),
                    accepted ? FollowState.accepted : FollowState.pending, id.toString(), null,
                    accepted ? Instant.now() : null));
            if (accepted) {
                started.publishEvent(new FollowStarted(local.id(), remote.id()));
            }
            return follow;
        }
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
        if (remote.local()) {
            return;
        }
        outbox.publish(local, mapper.undo(outbox.newActivityUri(), actorUris.id(local),
                URI.create(existing.get().activityUri()), URI.create(remote.uri()), Instant.now()), null, false);
    }

    /** The ids of the actors a local actor follows (accepted), for its home timeline. */
    public List<Long> followedIds(Actor local) {
        return follows.findFollowedIds(local.id());
    }

    /** A page of an actor's accepted followers ({@code followers}) or of whom it follows, newest follow first. */
    public List<Follow> page(Actor actor, boolean followers, long beforeFollowId, int limit) {
        return followers ? follows.findFollowersPage(actor.id(), beforeFollowId, limit)
                : follows.findFollowingPage(actor.id(), beforeFollowId, limit);
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
