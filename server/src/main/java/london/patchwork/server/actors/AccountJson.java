package london.patchwork.server.actors;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** An author in the shape of Mastodon's Account entity. */
@Serdeable
public record AccountJson(
        String id,
        String username,
        String acct,
        @JsonProperty("display_name") String displayName,
        String url,
        String uri,
        String note,
        String avatar,
        boolean locked,
        boolean bot,
        boolean group,
        @JsonProperty("created_at") String createdAt) {
}
