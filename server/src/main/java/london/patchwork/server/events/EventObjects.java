package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.KnownObjects;

import java.net.URI;
import java.util.Optional;

/** Events held here, ours and peers', so a {@code Join}, {@code Leave} or {@code Delete} naming one by id is routed. */
@Singleton
class EventObjects implements KnownObjects {

    private final CalendarEventRepository events;

    EventObjects(CalendarEventRepository events) {
        this.events = events;
    }

    @Override
    public Optional<String> typeOf(URI id) {
        return events.findByUri(id.toString()).map(event -> "Event");
    }
}
