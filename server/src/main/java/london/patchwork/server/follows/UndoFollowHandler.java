package london.patchwork.server.follows;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Follow;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.util.Optional;

/** A remote actor stops following a local one; from now on nothing is delivered to it for that follow. */
@Singleton
public class UndoFollowHandler implements ActivityHandler {

    private final FollowRepository follows;
    private final LocalActors localActors;

    public UndoFollowHandler(FollowRepository follows, LocalActors localActors) {
        this.follows = follows;
        this.localActors = localActors;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<Ref<ApObject>> undone = inbound.activity().object();
        Long senderId = inbound.sender().id();
        Optional<london.patchwork.server.follows.Follow> follow = undone.map(Ref::id)
                .flatMap(id -> follows.findByActivityUri(id.toString()))
                .or(() -> undone.flatMap(ref -> ref.embedded(Follow.class))
                        .flatMap(Follow::object)
                        .flatMap(target -> localActors.findByUri(target.id()))
                        .flatMap(followed -> follows.findByFollowerIdAndFollowedId(senderId, followed.id())));
        if (follow.isEmpty() || !follow.get().followerId().equals(senderId)) {
            return HandlerOutcome.ignored("no such follow by " + inbound.sender().uri());
        }
        follows.delete(follow.get());
        return HandlerOutcome.applied("unfollowed by " + inbound.sender().uri());
    }
}
