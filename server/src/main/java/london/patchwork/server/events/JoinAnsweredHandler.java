package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.net.URI;
import java.util.Optional;

/**
 * The organiser of a remote event answers a member's {@code Join}: {@code Accept} gives them a place,
 * {@code TentativeAccept} notes their maybe, {@code Reject} turns them down. Only an actor of the event's own host
 * may answer, and only a Join we sent.
 */
@Singleton
public class JoinAnsweredHandler implements ActivityHandler {

    private final RsvpRepository rsvps;
    private final CalendarEventRepository events;

    public JoinAnsweredHandler(RsvpRepository rsvps, CalendarEventRepository events) {
        this.rsvps = rsvps;
        this.events = events;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<Rsvp> rsvp = inbound.activity().object().map(ref -> ref.id()).map(URI::toString)
                .flatMap(rsvps::findByJoinUri).filter(Rsvp::local);
        if (rsvp.isEmpty()) {
            return HandlerOutcome.ignored("answers no Join of ours");
        }
        Optional<CalendarEvent> event = events.findById(rsvp.get().eventId());
        if (event.isEmpty() || event.get().local()
                || !CanonicalUris.sameHost(URI.create(event.get().uri()), URI.create(inbound.sender().uri()))) {
            return HandlerOutcome.ignored(inbound.sender().uri() + " does not run that event");
        }
        RsvpStanding standing = "Reject".equals(inbound.activity().type()) ? RsvpStanding.REJECTED
                : RsvpStanding.CONFIRMED;
        rsvps.update(rsvp.get().with(rsvp.get().response(), standing, null, EventService.now(), false));
        return HandlerOutcome.applied("our Join of " + event.get().uri() + " is " + standing.name().toLowerCase(
                java.util.Locale.ROOT));
    }
}
