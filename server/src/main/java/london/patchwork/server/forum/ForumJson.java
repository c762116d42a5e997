package london.patchwork.server.forum;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.web.posts.PostView;

import java.util.List;

/** The forum's JSON shapes for {@code /api/patchwork/forum}. */
final class ForumJson {

    private ForumJson() {
    }

    @Serdeable
    record Category(long id, String slug, String name, String description, int position,
                    @JsonProperty("thread_count") long threadCount, String url) {
    }

    @Serdeable
    record CategoryWrite(@Nullable String slug, @Nullable String name, @Nullable String description,
                         @Nullable Integer position) {
    }

    @Serdeable
    record ThreadWrite(@Nullable String category, @Nullable String title, @Nullable String text,
                       @Nullable List<String> tags) {
    }

    @Serdeable
    record Thread(String id, String uri, String url, String title, @Nullable String summary, String html,
                  @Nullable String category, @JsonProperty("author_id") String authorId, boolean pinned,
                  boolean locked, @JsonProperty("reply_count") int replyCount,
                  @JsonProperty("created_at") String createdAt,
                  @JsonProperty("last_activity_at") String lastActivityAt) {
    }

    @Serdeable
    record Reply(String id, String author, String handle, String html, @Nullable String warning,
                 @JsonProperty("created_at") String createdAt, String url, boolean edited) {

        static Reply of(long id, PostView.PostEntry entry) {
            return new Reply(Long.toString(id), entry.authorName(), entry.authorHandle(), entry.contentHtml(),
                    entry.warning(), entry.publishedIso(), entry.url(), entry.edited());
        }
    }

    @Serdeable
    record ThreadPage(Thread thread, List<Reply> replies, int page, @JsonProperty("page_count") int pageCount,
                      @JsonProperty("reply_count") long replyCount) {
    }

    @Serdeable
    record Threads(List<Thread> threads, int page, @JsonProperty("has_more") boolean hasMore) {
    }

    static Thread thread(ForumService.Thread thread) {
        return new Thread(Long.toString(thread.post().id()), thread.post().uri(), thread.post().url(),
                thread.post().title() == null ? "" : thread.post().title(), thread.post().summary(),
                thread.post().contentHtml(), thread.category() == null ? null : thread.category().slug(),
                Long.toString(thread.post().authorId()), thread.row().pinnedAt() != null, thread.row().locked(),
                thread.row().replyCount(), thread.post().published().toString(),
                thread.row().lastActivityAt().toString());
    }
}
