package london.patchwork.server.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.OriginContent;

/**
 * Forgets the events kept from one origin; the RSVPs recorded against them go with them (foreign keys cascade).
 */
@Singleton
class EventsFromOrigin implements OriginContent {

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends GenericRepository<CalendarEvent, Long> {

        @Query("delete from calendar_events where not local and left(uri, length(:prefix)) = :prefix")
        int deleteByUriPrefix(String prefix);
    }

    private final Rows rows;

    EventsFromOrigin(Rows rows) {
        this.rows = rows;
    }

    @Override
    public long forget(String origin) {
        return rows.deleteByUriPrefix(origin + "/");
    }
}
