package london.patchwork.server.posts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
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
        @Nullable @JsonProperty("media_ids") List<String> mediaIds,
        @Nullable @JsonProperty("media_ids[]") List<String> mediaIdsField) {

    /** The images to attach, as JSON ({@code media_ids}) or a form ({@code media_ids[]}) names them; null if neither. */
    @Nullable
    public List<String> attachments() {
        if (mediaIds == null && mediaIdsField == null) {
            return null;
        }
        List<String> all = new ArrayList<>();
        if (mediaIds != null) {
            all.addAll(mediaIds);
        }
        if (mediaIdsField != null) {
            all.addAll(mediaIdsField);
        }
        return all;
    }
}
