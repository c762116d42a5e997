package london.patchwork.server.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RsvpRepository extends CrudRepository<Rsvp, Long> {

    Optional<Rsvp> findByEventIdAndActorId(long eventId, long actorId);

    @Query("""
            select count(*) from calendar_event_rsvps
            where event_id = :eventId and response = 'GOING' and standing = 'CONFIRMED'""")
    int placesTaken(long eventId);

    @Query("""
            select count(*) from calendar_event_rsvps
            where event_id = :eventId and response = 'MAYBE' and standing = 'CONFIRMED'""")
    int maybes(long eventId);

    @Query("""
            select count(*) from calendar_event_rsvps
            where event_id = :eventId and standing = 'WAITING'""")
    int waiting(long eventId);

    /** The next on the waiting list, locked so two freed places promote two different people. */
    @Query("""
            select * from calendar_event_rsvps where event_id = :eventId and standing = 'WAITING'
            order by queued_at, id limit 1 for update""")
    Optional<Rsvp> nextWaiting(long eventId);

    @Query("select * from calendar_event_rsvps where event_id = :eventId order by queued_at, id")
    List<Rsvp> ofEvent(long eventId);

    Optional<Rsvp> findByJoinUri(String joinUri);
}
