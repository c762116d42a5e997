package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.server.outbox.FeaturedObjects;
import london.patchwork.server.posts.DiscussionService;

import java.util.List;
import java.util.Optional;

/** The hub Group's featured collection lists its pinned threads, as Lemmy's community featured collection does. */
@Singleton
class PinnedThreads implements FeaturedObjects {

    private final ForumThreadRepository threads;
    private final DiscussionService discussions;

    PinnedThreads(ForumThreadRepository threads, DiscussionService discussions) {
        this.threads = threads;
        this.discussions = discussions;
    }

    @Override
    public List<ApObject> featured(long actorId) {
        return threads.pinned(actorId).stream().map(thread -> discussions.document(thread.postId()))
                .flatMap(Optional::stream).toList();
    }
}
