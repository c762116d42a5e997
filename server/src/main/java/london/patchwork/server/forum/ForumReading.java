package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.server.posts.DiscussionService;

import java.util.List;

/** A thread's replies a page at a time, oldest first, for its page and the API. */
@Singleton
class ForumReading {

    /** One page of replies; {@code page} is clamped to the last page. */
    record Replies(List<DiscussionService.Reply> entries, int page, int pageCount, long total) {
    }

    private final DiscussionService discussions;

    ForumReading(DiscussionService discussions) {
        this.discussions = discussions;
    }

    Replies replies(ForumService.Thread thread, int page) {
        long total = discussions.replyCount(thread.post().id());
        int pageCount = ForumPaging.pageCount(total, ForumPaging.REPLIES_PER_PAGE);
        int shown = Math.min(page, pageCount);
        return new Replies(discussions.replies(thread.post().id(), ForumPaging.REPLIES_PER_PAGE,
                (shown - 1) * ForumPaging.REPLIES_PER_PAGE), shown, pageCount, total);
    }
}
