package london.patchwork.server.posts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The body of Mastodon's {@code POST /api/v1/statuses} and {@code PUT /api/v1/statuses/:id}, form or JSON. */
@Serdeable
public record StatusForm(
        @Nullable String status,
        @Nullable String visibility,
        @Nullable @JsonProperty("in_reply_to_id") String inReplyToId,
        @Nullable @JsonProperty("spoiler_text") String spoilerText,
        @Nullable String language,
        @Nullable String sensitive,
        @Nullable @JsonProperty("media_ids") List<String> mediaIds) {

    /**
     * The images to attach, as JSON names them ({@code media_ids}); null when not given. A form's
     * {@code media_ids[]} is not bound yet.
     */
    @Nullable
    public List<String> attachments() {
        return mediaIds;
    }
}
