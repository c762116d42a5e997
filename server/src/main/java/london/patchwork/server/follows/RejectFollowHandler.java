package london.patchwork.server.follows;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.util.Optional;

/** A remote actor rejects (or later removes) a follow one of our actors sent. */
@Singleton
public class RejectFollowHandler implements ActivityHandler {

    private final FollowRepository follows;

    public RejectFollowHandler(FollowRepository follows) {
        this.follows = follows;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<Follow> follow = AcceptFollowHandler.ourFollow(inbound, follows);
        if (follow.isEmpty()) {
            return HandlerOutcome.ignored("rejects no follow of ours from " + inbound.sender().uri());
        }
        follows.delete(follow.get());
        return HandlerOutcome.applied("follow of " + inbound.sender().uri() + " rejected");
    }
}
