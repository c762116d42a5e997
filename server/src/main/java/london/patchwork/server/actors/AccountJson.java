package london.patchwork.server.actors;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An author in the shape of Mastodon's Account entity, with every field Mastodon always writes (apps such as Tusky
 * read them without checking). Counts are the hub's own knowledge: exact for local actors, zero for remote ones.
 */
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
        @JsonProperty("created_at") String createdAt,
        List<Field> fields,
        @JsonProperty("avatar_static") String avatarStatic,
        String header,
        @JsonProperty("header_static") String headerStatic,
        List<Object> emojis,
        boolean discoverable,
        @JsonProperty("followers_count") long followersCount,
        @JsonProperty("following_count") long followingCount,
        @JsonProperty("statuses_count") long statusesCount,
        @Nullable @JsonProperty("last_status_at") String lastStatusAt) {

    /** A profile field in Mastodon's shape; {@code verified_at} stays null (no rel=me checks yet). */
    @Serdeable
    public record Field(String name, String value, @Nullable @JsonProperty("verified_at") String verifiedAt) {
    }
}
