package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.util.Optional;

/** An actor takes back its Like or Announce of a local post. */
@Singleton
public class UndoReactionHandler implements ActivityHandler {

    private final ReactionRepository reactions;
    private final PostRepository posts;

    public UndoReactionHandler(ReactionRepository reactions, PostRepository posts) {
        this.reactions = reactions;
        this.posts = posts;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Long senderId = inbound.sender().id();
        Optional<Reaction> reaction = inbound.activity().object().map(Ref::id)
                .flatMap(id -> reactions.findByActivityUri(id.toString()))
                .or(() -> inbound.activity().object().flatMap(ref -> ref.embedded(Activity.class))
                        .flatMap(undone -> undone.object().map(Ref::id)
                                .flatMap(target -> posts.findByUri(target.toString()))
                                .flatMap(post -> reactions.findByTypeAndObjectIdAndActorId(undone.type(), post.id(),
                                        senderId))));
        if (reaction.isEmpty() || !reaction.get().actorId().equals(senderId)) {
            return HandlerOutcome.ignored("no such reaction by " + inbound.sender().uri());
        }
        reactions.delete(reaction.get());
        boolean like = reaction.get().type().equals("Like");
        posts.addToCounts(reaction.get().objectId(), like ? -1 : 0, like ? 0 : -1);
        return HandlerOutcome.applied("undid " + reaction.get().type());
    }
}
