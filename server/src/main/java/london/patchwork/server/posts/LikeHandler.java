package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.util.Optional;

/** Someone likes a local post: counted once per actor. */
@Singleton
public class LikeHandler implements ActivityHandler {

    private final PostRepository posts;
    private final ReactionRepository reactions;

    public LikeHandler(PostRepository posts, ReactionRepository reactions) {
        this.posts = posts;
        this.reactions = reactions;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<Post> liked = inbound.activity().object().map(Ref::id)
                .flatMap(id -> posts.findByUri(id.toString()))
                .filter(post -> post.local() && !post.deleted());
        if (liked.isEmpty()) {
            return HandlerOutcome.ignored("likes nothing of ours");
        }
        if (reactions.insertOnce("Like", liked.get().id(), inbound.sender().id(),
                inbound.activity().id().toString()) == 0) {
            return HandlerOutcome.ignored("already liked");
        }
        posts.addToCounts(liked.get().id(), 1, 0);
        return HandlerOutcome.applied("liked " + liked.get().uri());
    }
}
