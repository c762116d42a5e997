package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;

/**
 * The directory's writes to the hubs table: claiming a hub whose figures are due (never read, or read longer ago than
 * the refresh interval) for a lease, and recording what its read found. Hand-written SQL because the claim is one
 * {@code update ... returning} with {@code skip locked}, and the entity does not map the lease.
 */
@Singleton
class HubDirectoryStore {

    private final JdbcOperations jdbc;

    HubDirectoryStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** What a read of a hub found: its NodeInfo and its Group actor. */
    record Read(@Nullable String name, @Nullable String summary, @Nullable String area, @Nullable String software,
                @Nullable Integer members, @Nullable Integer posts) {
    }

    /** A hub due for a read, leased to the caller; never-read hubs first, then the longest unread. */
    @Transactional
    Optional<Long> claimDue(Duration refreshInterval) {
        return jdbc.prepareStatement("""
                update hubs set refresh_lease_until = now() + make_interval(secs => ?)
                where id = (select id from hubs
                            where (refreshed_at is null or refreshed_at <= now() - make_interval(secs => ?))
                              and (refresh_lease_until is null or refresh_lease_until < now())
                            order by refreshed_at nulls first, id limit 1 for update skip locked)
                returning id""", statement -> {
            Sql.bind(statement, HubDirectoryConfiguration.LEASE, refreshInterval);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        });
    }

    /** The hub answered: its figures as read now. */
    @Transactional
    void answered(long id, Read read) {
        jdbc.prepareStatement("""
                update hubs set name = coalesce(?, name), summary = ?, area = coalesce(?, area), software = ?,
                                members = ?, posts = ?, reachable = true, refreshed_at = now(),
                                refresh_lease_until = null
                where id = ?""", statement -> Sql.bind(statement, read.name(), read.summary(), read.area(),
                read.software(), read.members(), read.posts(), id).executeUpdate());
    }

    /** The hub did not answer: it is marked unreachable and what it said last time stands. */
    @Transactional
    void unreachable(long id) {
        jdbc.prepareStatement("""
                update hubs set reachable = false, refreshed_at = now(), refresh_lease_until = null where id = ?""",
                statement -> Sql.bind(statement, id).executeUpdate());
    }
}
