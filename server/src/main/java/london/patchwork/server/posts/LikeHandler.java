package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;
import london.patchwork.server.notifications.NotificationService;

import java.util.Optional;

/** Someone likes a local post: counted once per actor, and its author notified. */
@Singleton
public class LikeHandler implements ActivityHandler {

    private final PostRepository posts;
    private final ReactionRepository reactions;
    private final NotificationService notifications;

    public LikeHandler(PostRepository posts, ReactionRepository reactions, NotificationService notifications) {
        this.posts = posts;
        this.reactions = reactions;
        this.notifications = notifications;
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
        notifications.record("favourite", liked.get().authorId(), inbound.sender().id(), liked.get().id());
        return HandlerOutcome.applied("liked " + liked.get().uri());
    }
}
