package london.patchwork.server.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CalendarEventRepository extends CrudRepository<CalendarEvent, Long> {

    /** The next id, so a local event's uri (built from its id) is written with it in one insert. */
    @Query("select nextval(pg_get_serial_sequence('calendar_events', 'id'))")
    long nextId();

    Optional<CalendarEvent> findByUri(String uri);

    @Query("select id from calendar_events where id > :afterId and deleted_at is null order by id limit :limit")
    List<Long> findLiveIdsAfter(long afterId, int limit);

    List<CalendarEvent> findByIdIn(java.util.Collection<Long> ids);

    /** The event locked until the transaction ends, so two edits (or two RSVPs for the last place) go one by one. */
    @Query("select * from calendar_events where id = :id for update")
    Optional<CalendarEvent> lockById(long id);

    /** Events that overlap [from, to), soonest first; an event with no end counts as an instant at its start. */
    @Query("""
            select * from calendar_events where deleted_at is null
            and starts_at < :to and coalesce(ends_at, starts_at) >= :from
            order by starts_at, id limit :limit offset :offset""")
    List<CalendarEvent> overlapping(Instant from, Instant to, int limit, int offset);

    /** Events over before {@code before}, latest first. */
    @Query("""
            select * from calendar_events where deleted_at is null and coalesce(ends_at, starts_at) < :before
            order by starts_at desc, id desc limit :limit offset :offset""")
    List<CalendarEvent> past(Instant before, int limit, int offset);

    @Query("select * from calendar_events where source_subscription_id = :subscriptionId and source_uid = :uid")
    Optional<CalendarEvent> findBySource(long subscriptionId, String uid);

    @Query("select * from calendar_events where source_subscription_id = :subscriptionId and deleted_at is null")
    List<CalendarEvent> fromSubscription(long subscriptionId);

    /** Whether a local actor follows the actor whose followers collection this is (a hub Group's, say). */
    @Query("""
            select exists (select 1 from actors a join follows f on f.followed_id = a.id
                           join actors l on l.id = f.follower_id
                           where a.followers_uri = :followersUri and f.state = 'accepted' and l.local)""")
    boolean followersFollowedLocally(String followersUri);

    /** Whether a local actor follows the actor with this id. */
    @Query("""
            select exists (select 1 from actors a join follows f on f.followed_id = a.id
                           join actors l on l.id = f.follower_id
                           where a.uri = :actorUri and f.state = 'accepted' and l.local)""")
    boolean actorFollowedLocally(String actorUri);

    /** How many live events are kept whose id matches a LIKE pattern (an origin's, see {@code Sql.under}). */
    @Query("select count(*) from calendar_events where deleted_at is null and uri like :pattern")
    long countUnder(String pattern);

    /** How many live events are this hub's own. */
    @Query("select count(*) from calendar_events where deleted_at is null and local")
    long countLocal();

    /** Recurring events that began before {@code to}: their later dates may fall in a range their first does not. */
    @Query("""
            select * from calendar_events where deleted_at is null and recurrence_frequency is not null
            and starts_at < :to order by starts_at, id limit 500""")
    List<CalendarEvent> recurringBefore(Instant to);

    /** How many of the hub's own events its events collection lists. */
    @Query("select count(*) from calendar_events where local and deleted_at is null")
    long countListedLocal();

    /** The hub's own events, newest first, for its events collection. */
    @Query("""
            select * from calendar_events where local and deleted_at is null
            order by id desc limit :limit offset :offset""")
    List<CalendarEvent> listedLocal(int offset, int limit);
}
