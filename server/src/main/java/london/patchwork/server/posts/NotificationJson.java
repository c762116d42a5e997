package london.patchwork.server.posts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.AccountJson;

/** Mastodon's Notification entity: what happened, who did it, and the status it is about (none for a follow). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NotificationJson(String id, String type, @JsonProperty("created_at") String createdAt,
                               AccountJson account, @Nullable StatusJson status) {
}
