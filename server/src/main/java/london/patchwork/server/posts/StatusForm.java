package london.patchwork.server.posts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import london.patchwork.server.site.FormBody;

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
        @Nullable @JsonProperty("media_ids") List<String> mediaIds) {

    /**
     * A form as Mastodon's apps post it: Rails-style {@code media_ids[]} repeated (a bare repeated {@code media_ids}
     * is taken too). Absent names stay null, so an edit without images keeps the post's own.
     */
    public static StatusForm of(FormBody form) {
        List<String> media = null;
        if (form.has("media_ids[]") || form.has("media_ids")) {
            media = new ArrayList<>(form.all("media_ids[]"));
            media.addAll(form.all("media_ids"));
            media.removeIf(String::isBlank);
        }
        return new StatusForm(given(form, "status"), given(form, "visibility"), given(form, "in_reply_to_id"),
                given(form, "spoiler_text"), given(form, "language"), given(form, "sensitive"), media);
    }

    private static String given(FormBody form, String name) {
        return form.has(name) ? form.first(name) : null;
    }

    /** The images to attach; null when not given. */
    @Nullable
    public List<String> attachments() {
        return mediaIds;
    }
}
