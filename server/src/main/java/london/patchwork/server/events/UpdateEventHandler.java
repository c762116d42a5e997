package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.Event;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The origin edits (or cancels) an event we keep. Only an actor of the event's host may; an event we never kept is
 * kept now if it belongs here, as Mobilizon may send an Update to followers who missed the Create.
 */
@Singleton
public class UpdateEventHandler implements ActivityHandler {

    private final RemoteEvents remoteEvents;
    private final CalendarEventRepository events;
    private final ActivityJson json;

    public UpdateEventHandler(RemoteEvents remoteEvents, CalendarEventRepository events, ActivityJson json) {
        this.remoteEvents = remoteEvents;
        this.events = events;
        this.json = json;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<Event> object = inbound.object(Event.class).filter(found -> found.id() != null);
        if (object.isEmpty()) {
            return HandlerOutcome.ignored("no event to update");
        }
        Event event = object.get();
        Optional<CalendarEvent> stored = events.findByUri(event.id().toString());
        if (stored.map(CalendarEvent::local).orElse(false)) {
            return HandlerOutcome.ignored(inbound.sender().uri() + " may not edit our event " + event.id());
        }
        if (!RemoteEvents.fromItsOrigin(event, inbound.sender())) {
            return HandlerOutcome.ignored("event " + event.id() + " is not from " + inbound.sender().uri());
        }
        if (stored.isPresent() && !remoteEvents.mayChange(stored.get(), inbound.sender(), json)) {
            return HandlerOutcome.ignored(inbound.sender().uri() + " is not the organiser of " + event.id());
        }
        if (stored.map(CalendarEvent::deleted).orElse(false)) {
            return HandlerOutcome.ignored("event " + event.id() + " was deleted");
        }
        if (stored.isEmpty() && !remoteEvents.belongsHere(event, inbound.sender())) {
            return HandlerOutcome.ignored("not addressed to, or from anyone followed by, anyone here");
        }
        if (!remoteEvents.store(event, inbound.sender(), stored, new String(json.write(event),
                StandardCharsets.UTF_8))) {
            return HandlerOutcome.ignored("event " + event.id() + " has no start time");
        }
        return HandlerOutcome.applied((stored.isPresent() ? "updated event " : "stored event ") + event.id());
    }
}
