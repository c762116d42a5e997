package london.patchwork.server.posts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.AccountJson;
import london.patchwork.server.media.MediaService;

import java.util.List;

/**
 * A post in the shape of Mastodon's REST API Status entity, so clients and scripts written for Mastodon can
 * publish to a hub. Fields Patchwork has no notion of yet (polls, cards) are present and empty; like
 * Mastodon, empty lists and nulls are written out, since apps read every field.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatusJson(
        String id,
        String uri,
        @Nullable String url,
        @JsonProperty("created_at") String createdAt,
        @Nullable @JsonProperty("edited_at") String editedAt,
        AccountJson account,
        @Nullable @JsonProperty("in_reply_to_id") String inReplyToId,
        @Nullable @JsonProperty("in_reply_to_account_id") String inReplyToAccountId,
        boolean sensitive,
        @JsonProperty("spoiler_text") String spoilerText,
        String visibility,
        @Nullable String language,
        @JsonProperty("replies_count") long repliesCount,
        @JsonProperty("reblogs_count") long reblogsCount,
        @JsonProperty("favourites_count") long favouritesCount,
        String content,
        @Nullable String text,
        boolean pinned,
        List<MentionJson> mentions,
        @JsonProperty("media_attachments") List<MediaService.AttachmentJson> mediaAttachments,
        List<TagJson> tags,
        List<String> emojis,
        boolean favourited,
        boolean reblogged,
        boolean bookmarked,
        @Nullable StatusJson reblog) {

    /** Mastodon's Status.Tag: a hashtag the post carries. */
    @Serdeable
    public record TagJson(String name, String url) {
    }

    /** Mastodon's Status.Mention: who a post mentions. */
    @Serdeable
    public record MentionJson(String id, String username, String url, String acct) {
    }
}
