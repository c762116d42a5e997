package london.patchwork.server.follows;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.time.Instant;
import java.util.Optional;

/** A remote actor accepts a follow one of our actors sent: only the followed actor may accept it. */
@Singleton
public class AcceptFollowHandler implements ActivityHandler {

    private final FollowRepository follows;
    private final ApplicationEventPublisher<FollowAccepted> accepted;

    public AcceptFollowHandler(FollowRepository follows, ApplicationEventPublisher<FollowAccepted> accepted) {
        this.follows = follows;
        this.accepted = accepted;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<Follow> follow = ourFollow(inbound, follows);
        if (follow.isEmpty()) {
            return HandlerOutcome.ignored("accepts no follow of ours from " + inbound.sender().uri());
        }
        if (follow.get().state() == FollowState.accepted) {
            return HandlerOutcome.ignored("already accepted");
        }
        follows.update(follow.get().accepted(Instant.now()));
        accepted.publishEvent(new FollowAccepted(follow.get().followerId(), follow.get().followedId()));
        return HandlerOutcome.applied("follow of " + inbound.sender().uri() + " accepted");
    }

    /** The follow our actor sent to the sender that this Accept or Reject names. */
    static Optional<Follow> ourFollow(InboundActivity inbound, FollowRepository follows) {
        return inbound.activity().object().map(Ref::id)
                .flatMap(id -> follows.findByActivityUri(id.toString()))
                .filter(follow -> follow.followedId().equals(inbound.sender().id()));
    }
}
