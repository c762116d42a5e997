package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.server.posts.PostService;

import java.util.Optional;

/**
 * A locked thread takes no more replies: posts asks before storing a local reply (refused with 422) or a remote one
 * (not kept, and no {@code Reject} sent; see docs/FEDERATION.md).
 */
@Singleton
class LockedThreads implements PostService.ReplyGate {

    private final ForumThreadRepository threads;

    LockedThreads(ForumThreadRepository threads) {
        this.threads = threads;
    }

    @Override
    public Optional<String> refusal(long parentId, long rootId) {
        return threads.findById(rootId).filter(ForumThread::locked).map(thread -> "this thread is locked");
    }
}
