package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.server.site.ComingUp;
import london.patchwork.web.hub.HubView;

import java.time.Instant;
import java.util.List;

/** The home page's "Coming up": the next events that are not cancelled. */
@Singleton
class EventsComingUp implements ComingUp {

    private final CalendarEventRepository events;

    EventsComingUp(CalendarEventRepository events) {
        this.events = events;
    }

    @Override
    public List<HubView.Upcoming> next(int limit) {
        return events.overlapping(Instant.now(), Instant.parse("9999-12-31T00:00:00Z"), limit * 2, 0).stream()
                .filter(event -> !event.cancelled()).limit(limit)
                .map(event -> new HubView.Upcoming(event.title(), EventWords.when(event), "/events/" + event.id()))
                .toList();
    }
}
