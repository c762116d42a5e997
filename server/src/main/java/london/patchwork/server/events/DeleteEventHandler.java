package london.patchwork.server.events;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.net.URI;
import java.util.Optional;

/** The origin deletes an event we keep: it leaves the calendar. Only an actor of the event's host may. */
@Singleton
public class DeleteEventHandler implements ActivityHandler {

    private final CalendarEventRepository events;
    private final RemoteEvents remoteEvents;
    private final ActivityJson json;
    private final ApplicationEventPublisher<EventService.Changed> changes;

    public DeleteEventHandler(CalendarEventRepository events, RemoteEvents remoteEvents, ActivityJson json,
                              ApplicationEventPublisher<EventService.Changed> changes) {
        this.changes = changes;
        this.events = events;
        this.remoteEvents = remoteEvents;
        this.json = json;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<URI> id = inbound.activity().object().map(ref -> ref.id());
        Optional<CalendarEvent> stored = id.flatMap(uri -> events.findByUri(uri.toString()));
        if (stored.isEmpty() || stored.get().deleted()) {
            return HandlerOutcome.ignored("we keep no such event");
        }
        if (stored.get().local() || !CanonicalUris.sameHost(id.get(), URI.create(inbound.sender().uri()))
                || !remoteEvents.mayChange(stored.get(), inbound.sender(), json)) {
            return HandlerOutcome.ignored(inbound.sender().uri() + " may not delete " + id.get());
        }
        events.update(stored.get().withDeletedAt(EventService.now()));
        changes.publishEvent(new EventService.Changed(EventService.Changed.Kind.DELETED, stored.get().id(), false));
        return HandlerOutcome.applied("deleted event " + id.get());
    }
}
