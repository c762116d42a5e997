package london.patchwork.server.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Something that happened to a local actor, stored so their apps can list it. */
@MappedEntity("notifications")
record Notification(@Id @GeneratedValue @Nullable Long id, Long recipientId, String type, Long fromActorId,
                    @Nullable Long objectId, @DateCreated @Nullable Instant createdAt) {
}
