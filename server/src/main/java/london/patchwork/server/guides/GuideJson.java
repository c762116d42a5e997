package london.patchwork.server.guides;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The JSON API's shapes, in snake_case as the rest of the hub's API. */
final class GuideJson {

    private GuideJson() {
    }

    /** A guide in a list. */
    @Serdeable
    record Entry(String slug, String title, String topic, int revision, @JsonProperty("updated_at") String updatedAt,
                 String url) {
    }

    /** A guide with its current revision. */
    @Serdeable
    record Full(String slug, String title, String topic, int revision, String body, String html,
                Revision current, @JsonProperty("created_at") String createdAt,
                @JsonProperty("updated_at") String updatedAt, String url) {
    }

    /** One revision, as history lists it. */
    @Serdeable
    record Revision(int number, String title, String topic, String author, String summary,
                    @JsonProperty("created_at") String createdAt) {
    }

    /** A diff between two revisions: {@code op} is kept, removed or added. */
    @Serdeable
    record Diff(int from, int to, List<DiffLine> lines) {
    }

    @Serdeable
    record DiffLine(String op, String text, @JsonProperty("old_line") @Nullable Integer oldLine,
                    @JsonProperty("new_line") @Nullable Integer newLine) {
    }

    /** The 409 answer: why, and the guide as it now stands so the client can merge. */
    @Serdeable
    record ConflictBody(String error, @JsonProperty("base_revision") int baseRevision, Full current) {
    }

    /** A new guide or a new revision. {@code base_revision} is required to edit. */
    @Serdeable
    record Write(@Nullable String title, @Nullable String topic, @Nullable String body, @Nullable String summary,
                 @JsonProperty("base_revision") @Nullable Integer baseRevision) {
    }

    /** Restoring {@code revision}; {@code base_revision} optionally names the revision the client saw as current. */
    @Serdeable
    record Restore(@Nullable Integer revision, @JsonProperty("base_revision") @Nullable Integer baseRevision) {
    }
}
