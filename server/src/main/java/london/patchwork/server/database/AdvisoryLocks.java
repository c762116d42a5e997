package london.patchwork.server.database;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/**
 * PostgreSQL advisory locks, the way several server processes sharing one database take turns at work
 * that must happen once (creating the hub's actors on first start, for one).
 */
@Singleton
public class AdvisoryLocks {

    /** Lock keys; each names one piece of once-only work. */
    public enum Key {
        LOCAL_ACTORS(0x5057_0001L),
        /** Taken inside {@code OrganiserTokenRepository.upsert}'s statement, by value (1347878914). */
        ORGANISER_TOKENS(0x5057_0002L),
        /** Changing members' roles, so the hub never loses its last organiser to two changes at once. */
        MEMBER_ROLES(0x5057_0003L);

        private final long value;

        Key(long value) {
            this.value = value;
        }
    }

    private final JdbcOperations jdbc;

    public AdvisoryLocks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the lock; it is released when the caller's transaction ends, so call it inside one. */
    public void lockForTransaction(Key key) {
        jdbc.prepareStatement("select pg_advisory_xact_lock(?)", statement -> {
            statement.setLong(1, key.value);
            statement.execute();
            return null;
        });
    }
}
