package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A member's avatar as the hub re-encoded it: a square PNG of {@code size} pixels. */
@MappedEntity("avatars")
public record Avatar(
        @Id @GeneratedValue @Nullable Long id,
        long ownerActorId,
        String contentType,
        byte[] bytes,
        int size,
        @DateCreated @Nullable Instant createdAt) {
}
