package london.patchwork.server.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;

/**
 * An activity a local actor published: written in the same transaction as the change it announces, then
 * fanned out to delivery jobs by a worker.
 *
 * @param id          taken from {@link LocalActivityRepository#nextId()}, since the URI contains it
 * @param raw         the activity as delivered (canonical JSON with {@code @context})
 * @param isPublic    listed in the actor's outbox
 * @param fanoutState {@code pending} until delivery jobs exist for every recipient inbox
 */
@MappedEntity("activities")
public record LocalActivity(
        @Id Long id,
        String uri,
        String type,
        Long actorId,
        @Nullable Long objectId,
        @MappedProperty("public") boolean isPublic,
        @ColumnTransformer(write = "?::jsonb") String raw,
        Instant published,
        String fanoutState,
        @Nullable Instant fanoutLeaseUntil) {
}
