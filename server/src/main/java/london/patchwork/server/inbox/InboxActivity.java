package london.patchwork.server.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;

/**
 * An activity accepted at an inbox: verified, stored before the 202, applied later by a worker.
 *
 * @param keyId   the key that signed the delivery
 * @param raw     the body as received
 * @param state   pending, done, ignored or failed
 * @param outcome what the handler did, or why it did nothing
 */
@MappedEntity("inbox_activities")
public record InboxActivity(
        @Id @GeneratedValue @Nullable Long id,
        String activityUri,
        String type,
        String actorUri,
        String keyId,
        @ColumnTransformer(write = "?::jsonb") String raw,
        @Nullable Instant receivedAt,
        String state,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant leaseUntil,
        @Nullable Instant processedAt,
        @Nullable String outcome) {
}
