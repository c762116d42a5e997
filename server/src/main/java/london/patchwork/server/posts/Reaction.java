package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A remote actor's Like or Announce of a post we hold.
 *
 * @param type        {@code Like} or {@code Announce}
 * @param activityUri the activity's id, which an Undo names
 */
@MappedEntity("reactions")
public record Reaction(@Id @GeneratedValue @Nullable Long id, String type, Long objectId, Long actorId,
                       String activityUri, @DateCreated @Nullable Instant createdAt) {
}
