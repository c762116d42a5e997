package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.server.database.OriginRows;
import london.patchwork.server.instance.OriginContent;

/**
 * Forgets the events kept from one origin; the RSVPs recorded against them go with them (foreign keys cascade).
 */
@Singleton
class EventsFromOrigin implements OriginContent {

    private final OriginRows rows;

    EventsFromOrigin(OriginRows rows) {
        this.rows = rows;
    }

    @Override
    public long forget(String origin) {
        return rows.delete("calendar_events", "uri", "not local", origin);
    }
}
