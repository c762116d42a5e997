package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.net.URI;
import java.util.Optional;

/**
 * A remote actor leaves one of our events: {@code Leave} of the event (Mobilizon), or {@code Undo} of their
 * {@code Join}. Their place goes to the first on the waiting list, who is sent an {@code Accept}.
 */
@Singleton
public class LeaveEventHandler implements ActivityHandler {

    private final CalendarEventRepository events;
    private final RsvpRepository rsvps;
    private final Attendance attendance;

    public LeaveEventHandler(CalendarEventRepository events, RsvpRepository rsvps, Attendance attendance) {
        this.events = events;
        this.rsvps = rsvps;
        this.attendance = attendance;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<Long> eventId = "Undo".equals(inbound.activity().type()) ? undoneJoin(inbound)
                : inbound.activity().object().map(ref -> ref.id()).map(URI::toString).flatMap(events::findByUri)
                .filter(CalendarEvent::local).map(CalendarEvent::id);
        if (eventId.isEmpty()) {
            return HandlerOutcome.ignored("leaves no event of ours");
        }
        return attendance.leave(eventId.get(), inbound.sender().id())
                ? HandlerOutcome.applied(inbound.sender().uri() + " left event " + eventId.get())
                : HandlerOutcome.ignored(inbound.sender().uri() + " had not joined event " + eventId.get());
    }

    /** The event an undone Join was for: by the Join's id as we stored it, or the embedded Join's object. */
    private Optional<Long> undoneJoin(InboundActivity inbound) {
        Optional<URI> joinId = inbound.activity().object().map(ref -> ref.id());
        Optional<Long> byJoin = joinId.flatMap(id -> rsvps.findByJoinUri(id.toString()))
                .filter(rsvp -> rsvp.actorId() == inbound.sender().id()).map(Rsvp::eventId);
        if (byJoin.isPresent()) {
            return byJoin;
        }
        return inbound.object(Activity.class).flatMap(Activity::object).map(ref -> ref.id()).map(URI::toString)
                .flatMap(events::findByUri).filter(CalendarEvent::local).map(CalendarEvent::id);
    }

}
