package london.patchwork.server.follows;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** Mastodon's Relationship entity, the parts Patchwork has. */
@Serdeable
public record RelationshipJson(String id, boolean following, boolean requested,
                               @JsonProperty("followed_by") boolean followedBy) {
}
