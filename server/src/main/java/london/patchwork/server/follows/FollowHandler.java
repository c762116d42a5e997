package london.patchwork.server.follows;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A remote actor follows a local one. Actors that do not approve followers by hand (the hub's Group) accept
 * at once: the follow is stored as accepted and an Accept goes back in the same transaction.
 */
@Singleton
public class FollowHandler implements ActivityHandler {

    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final FollowRepository follows;
    private final FollowActivities mapper;
    private final Outbox outbox;
    private final ApplicationEventPublisher<FollowStarted> started;

    public FollowHandler(LocalActors localActors, LocalActorUris actorUris, FollowRepository follows,
                         FollowActivities mapper, Outbox outbox, ApplicationEventPublisher<FollowStarted> started) {
        this.started = started;
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.follows = follows;
        this.mapper = mapper;
        this.outbox = outbox;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        URI target = inbound.activity().object().map(Ref::id).orElse(null);
        Optional<Actor> followed = target == null ? Optional.empty() : localActors.findByUri(target);
        if (followed.isEmpty()) {
            return HandlerOutcome.ignored("follows no one on this hub");
        }
        Actor sender = inbound.sender();
        Instant now = Instant.now();
        String followId = inbound.activity().id().toString();
        boolean needsApproval = followed.get().manuallyApprovesFollowers();
        Follow follow = follows.findByFollowerIdAndFollowedId(sender.id(), followed.get().id())
                .map(existing -> new Follow(existing.id(), existing.followerId(), existing.followedId(),
                        needsApproval ? existing.state() : FollowState.accepted, followId, existing.createdAt(),
                        needsApproval ? existing.acceptedAt() : now))
                .orElseGet(() -> new Follow(null, sender.id(), followed.get().id(),
                        needsApproval ? FollowState.pending : FollowState.accepted, followId, null,
                        needsApproval ? null : now));
        boolean wasAccepted = follow.id() != null && follows.findById(follow.id())
                .map(existing -> existing.state() == FollowState.accepted).orElse(false);
        if (follow.id() == null) {
            follows.save(follow);
        } else {
            follows.update(follow);
        }
        if (!needsApproval && !wasAccepted) {
            started.publishEvent(new FollowStarted(sender.id(), followed.get().id()));
        }
        if (needsApproval) {
            return HandlerOutcome.applied("follow from " + sender.uri() + " awaits approval");
        }
        URI followedUri = actorUris.id(followed.get());
        outbox.publish(followed.get(), mapper.accept(outbox.newActivityUri(), followedUri, inbound.activity(),
                URI.create(sender.uri()), now), null, false);
        return HandlerOutcome.applied("accepted follow from " + sender.uri());
    }
}
