package london.patchwork.server.posts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.media.MediaService;

import java.util.List;

/**
 * A blog article in {@code /api/patchwork/articles}: Mastodon has no articles, so the shape is ours, with
 * Mastodon's names where a field means the same (a Status's {@code url}, {@code media_attachments}).
 *
 * @param body    the Markdown as written; {@code content} is it rendered and sanitised
 * @param cover   the cover image, in Mastodon's MediaAttachment shape, or null
 */
@Serdeable
public record ArticleJson(String id, String uri, String url, String title, @Nullable String summary, String content,
                          @Nullable String body, List<String> tags, @Nullable String language, String visibility,
                          @Nullable MediaService.AttachmentJson cover, Author author,
                          @JsonProperty("created_at") String createdAt,
                          @Nullable @JsonProperty("edited_at") String editedAt,
                          @JsonProperty("replies_count") long repliesCount) {

    /** Who wrote it, as a handle and a page. */
    @Serdeable
    public record Author(String id, String acct, @JsonProperty("display_name") String displayName, String url) {
    }

    /** What a client sends to write or edit an article. */
    @Serdeable
    public record Input(@Nullable String title, @Nullable String summary, @Nullable String body,
                        @Nullable List<String> tags, @Nullable String language, @Nullable String visibility,
                        @Nullable @JsonProperty("cover_media_id") String coverMediaId) {
    }
}
