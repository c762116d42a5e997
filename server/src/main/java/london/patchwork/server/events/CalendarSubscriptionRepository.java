package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CalendarSubscriptionRepository extends CrudRepository<CalendarSubscription, Long> {

    @Query("select * from calendar_subscriptions order by created_at, id")
    List<CalendarSubscription> listed();

    Optional<CalendarSubscription> findByUrl(String url);

    /**
     * Takes the subscription most overdue and not being synced, holding it for {@code lease} so no other worker (in
     * this process or another sharing the database) takes it meanwhile.
     */
    @Query("""
            update calendar_subscriptions set syncing_until = now() + cast(:lease as interval)
            where id = (select id from calendar_subscriptions where next_fetch_at <= now()
                        and (syncing_until is null or syncing_until < now())
                        order by next_fetch_at, id limit 1 for update skip locked)
            returning *""")
    List<CalendarSubscription> claimDue(String lease);

    /** Takes this subscription for a sync now, unless one is running. */
    @Query("""
            update calendar_subscriptions set syncing_until = now() + cast(:lease as interval)
            where id = :id and (syncing_until is null or syncing_until < now()) returning *""")
    List<CalendarSubscription> claim(long id, String lease);

    @Query("""
            update calendar_subscriptions set etag = :etag, last_modified = :lastModified, last_fetched_at = :at,
            last_status = :status, last_error = null, event_count = :eventCount, next_fetch_at = :next,
            syncing_until = null where id = :id""")
    void recordFetched(long id, @Nullable String etag, @Nullable String lastModified, Instant at, String status,
                       int eventCount, Instant next);

    @Query("""
            update calendar_subscriptions set last_fetched_at = :at, last_status = 'FAILED', last_error = :error,
            next_fetch_at = :next, syncing_until = null where id = :id""")
    void recordFailed(long id, Instant at, String error, Instant next);

    @Query("update calendar_subscriptions set name = :name where id = :id")
    void rename(long id, String name);
}
