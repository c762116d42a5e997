package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.server.outbox.HubCollection;

import java.util.List;

/** The hub's own events, for its Group's {@code events} collection: each the Event its id serves. */
@Singleton
class EventsCollection implements HubCollection {

    private final CalendarEventRepository events;
    private final EventDocuments documents;

    EventsCollection(CalendarEventRepository events, EventDocuments documents) {
        this.events = events;
        this.documents = documents;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public long count() {
        return events.countListedLocal();
    }

    @Override
    public List<ApObject> page(int offset, int limit) {
        return events.listedLocal(offset, limit).stream().<ApObject>map(documents::of).toList();
    }
}
