package london.patchwork.server.guides;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A how-to guide of the hub's wiki. Its title and topic repeat those of its current revision, so the list by topic
 * needs no join.
 *
 * @param currentRevision the number of the revision the guide shows; edits name the one they started from
 */
@MappedEntity("guides")
public record Guide(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        String title,
        String topic,
        int currentRevision,
        long createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }

    Guide withCurrent(GuideRevision revision) {
        return new Guide(id, slug, revision.title(), revision.topic(), revision.number(), createdBy, createdAt,
                revision.createdAt(), deletedAt);
    }

    Guide withDeletedAt(Instant at) {
        return new Guide(id, slug, title, topic, currentRevision, createdBy, createdAt, updatedAt, at);
    }
}
