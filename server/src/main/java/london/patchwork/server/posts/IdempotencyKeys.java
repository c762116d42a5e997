package london.patchwork.server.posts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Mastodon's {@code Idempotency-Key} on publishing: an app that retries a post after a dropped connection sends the
 * same key, and gets the first status back instead of posting twice. Keys hold for an hour, per actor.
 */
@Singleton
public class IdempotencyKeys {

    private final JdbcOperations jdbc;

    public IdempotencyKeys(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The post published under this key in the last hour, if any. Takes a transaction lock on the key first, so a
     * second request with it waits for the first to commit and then finds its post.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<Long> lockAndFind(long actorId, String key) {
        return jdbc.prepareStatement("""
                select pg_advisory_xact_lock(hashtextextended(? || ':' || ?, 0)),
                       (select object_id from status_idempotency_keys
                        where actor_id = ? and key = ? and created_at > now() - interval '1 hour')""", statement -> {
            statement.setString(1, Long.toString(actorId));
            statement.setString(2, key);
            statement.setLong(3, actorId);
            statement.setString(4, key);
            try (var rows = statement.executeQuery()) {
                rows.next();
                long objectId = rows.getLong(2);
                return rows.wasNull() ? Optional.<Long>empty() : Optional.of(objectId);
            }
        });
    }

    /** Remembers the post a key published, replacing a use of the key older than an hour. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void remember(long actorId, String key, long objectId) {
        jdbc.prepareStatement("""
                insert into status_idempotency_keys (actor_id, key, object_id) values (?, ?, ?)
                on conflict (actor_id, key) do update set object_id = excluded.object_id, created_at = now()""",
                statement -> {
                    statement.setLong(1, actorId);
                    statement.setString(2, key);
                    statement.setLong(3, objectId);
                    return statement.executeUpdate();
                });
    }
}
