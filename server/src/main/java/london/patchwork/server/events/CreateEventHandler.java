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
 * An event arrives from Mobilizon, Gancio or another hub (embedded, or fetched from its origin by the inbox). Kept
 * when it belongs here ({@link RemoteEvents#belongsHere}), and only from an actor on the event's own host.
 */
@Singleton
public class CreateEventHandler implements ActivityHandler {

    private final RemoteEvents remoteEvents;
    private final CalendarEventRepository events;
    private final ActivityJson json;

    public CreateEventHandler(RemoteEvents remoteEvents, CalendarEventRepository events, ActivityJson json) {
        this.remoteEvents = remoteEvents;
        this.events = events;
        this.json = json;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<Event> object = inbound.object(Event.class).filter(found -> found.id() != null);
        if (object.isEmpty()) {
            return HandlerOutcome.ignored("no event to create");
        }
        Event event = object.get();
        if (!RemoteEvents.fromItsOrigin(event, inbound.sender())) {
            return HandlerOutcome.ignored("event " + event.id() + " is not from " + inbound.sender().uri());
        }
        if (events.findByUri(event.id().toString()).isPresent()) {
            return HandlerOutcome.ignored("already have " + event.id());
        }
        if (!remoteEvents.belongsHere(event, inbound.sender())) {
            return HandlerOutcome.ignored("not addressed to, or from anyone followed by, anyone here");
        }
        if (!remoteEvents.store(event, inbound.sender(), Optional.empty(),
                new String(json.write(event), StandardCharsets.UTF_8))) {
            return HandlerOutcome.ignored("event " + event.id() + " has no start time");
        }
        return HandlerOutcome.applied("stored event " + event.id());
    }
}
