package london.patchwork.server.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/**
 * The events a calendar feed holds: not deleted (cancelled ones stay), not over before {@code from}, or recurring on
 * past it. Each list has a {@code version}: a few aggregates that change whenever the list or one of its events
 * does (every change bumps {@code sequence} and {@code updated_at}; adding or dropping one moves the count and the
 * id sum), so a feed's ETag is known without writing the feed.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CalendarFeedRepository extends GenericRepository<CalendarEvent, Long> {

    String HELD = """
             deleted_at is null and (coalesce(ends_at, starts_at) >= :from or recurrence_frequency is not null
            and (recurrence_until is null or recurrence_until >= cast(:from as date)))""";
    String VERSION = """
            select count(*) || '-' || coalesce(sum(id), 0) || '-' || coalesce(sum(sequence), 0) || '-'
            || coalesce(cast(extract(epoch from max(updated_at)) as text), '0') from calendar_events where """;

    @Query("select * from calendar_events where " + HELD + " order by starts_at, id limit :limit")
    List<CalendarEvent> all(Instant from, int limit);

    @Query(VERSION + HELD)
    String allVersion(Instant from);

    @Query("select * from calendar_events where " + HELD + " and category = :category order by starts_at, id"
            + " limit :limit")
    List<CalendarEvent> inCategory(Instant from, String category, int limit);

    @Query(VERSION + HELD + " and category = :category")
    String categoryVersion(Instant from, String category);

    @Query("select * from calendar_events where " + HELD + " and :tag = any(tags) order by starts_at, id"
            + " limit :limit")
    List<CalendarEvent> tagged(Instant from, String tag, int limit);

    @Query(VERSION + HELD + " and :tag = any(tags)")
    String tagVersion(Instant from, String tag);
}
