package london.patchwork.server.actors;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

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
        @JsonProperty("created_at") String createdAt,
        List<Field> fields) {

    /** A profile field in Mastodon's shape; {@code verified_at} stays null (no rel=me checks yet). */
    @Serdeable
    public record Field(String name, String value, @Nullable @JsonProperty("verified_at") String verifiedAt) {
    }
}
