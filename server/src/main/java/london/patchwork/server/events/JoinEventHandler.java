package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;
import london.patchwork.server.moderation.Html;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A remote actor asks to join one of our events, as Mobilizon does with {@code Join}. Answered with {@code Accept}
 * when they take a place, {@code TentativeAccept} for "maybe", {@code Reject} when the event is closed or its places
 * and waiting list are full; nothing yet while they wait for an organiser's approval or a place.
 *
 * <p>"Maybe" is read from a {@code Join} whose {@code name}, {@code summary} or {@code content} says
 * {@code maybe} or {@code tentative}, and from a {@code TentativeAccept} of the event itself (Friendica's
 * "attend maybe"). No widespread server marks a Join as maybe; this is the least surprising reading.
 */
@Singleton
public class JoinEventHandler implements ActivityHandler {

    private final CalendarEventRepository events;
    private final Attendance attendance;

    public JoinEventHandler(CalendarEventRepository events, Attendance attendance) {
        this.events = events;
        this.attendance = attendance;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Activity join = inbound.activity();
        Optional<CalendarEvent> event = join.object().map(ref -> ref.id()).map(URI::toString)
                .flatMap(events::findByUri).filter(found -> found.local() && !found.deleted());
        if (event.isEmpty()) {
            return HandlerOutcome.ignored("joins no event of ours");
        }
        RsvpResponse response = maybe(join) ? RsvpResponse.MAYBE : RsvpResponse.GOING;
        String joinUri = join.id().toString();
        if (Attendance.closedBecause(event.get()) != null) {
            attendance.refuse(event.get(), inbound.sender(), joinUri);
            return HandlerOutcome.applied("refused: " + Attendance.closedBecause(event.get()));
        }
        Rsvp rsvp = attendance.answer(event.get().id(), inbound.sender(), response, joinUri);
        return HandlerOutcome.applied(inbound.sender().uri() + " is " + rsvp.standing().name().toLowerCase(Locale.ROOT)
                + " for " + event.get().uri());
    }

    static boolean maybe(Activity join) {
        if ("TentativeAccept".equals(join.type())) {
            return true;
        }
        return Stream.of(join.fields().name(), join.fields().summary(), join.fields().content())
                .filter(text -> text != null).map(Html::plainText).map(text -> text.strip().toLowerCase(Locale.ROOT))
                .anyMatch(text -> text.equals("maybe") || text.equals("tentative"));
    }
}
