package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Events in the API's JSON, and back into what a member would have typed (to edit or patch one). */
@Singleton
class EventViews {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final RsvpRepository rsvps;
    private final ActorRepository actors;
    private final MediaService media;
    private final Uris uris;

    EventViews(RsvpRepository rsvps, ActorRepository actors, MediaService media, Uris uris) {
        this.rsvps = rsvps;
        this.actors = actors;
        this.media = media;
        this.uris = uris;
    }

    EventJson.Full full(CalendarEvent event) {
        int taken = rsvps.placesTaken(event.id());
        EventJson.Recurrence recurrence = event.recurring() ? new EventJson.Recurrence(
                event.recurrenceFrequency().name().toLowerCase(Locale.ROOT), event.recurrenceInterval(),
                event.recurrenceUntil() == null ? null : event.recurrenceUntil().toString(), event.recurrenceCount(),
                event.exceptionDates()) : null;
        EventJson.Place place = event.hasPlace() ? new EventJson.Place(event.placeName(), event.streetAddress(),
                event.locality(), event.region(), event.postcode(), event.country(), event.latitude(),
                event.longitude()) : null;
        EventJson.Image image = image(event).orElse(null);
        EventJson.Source source = event.imported() || event.sourceUid() != null ? new EventJson.Source(
                event.sourceSubscriptionId(), event.sourceUid(), event.sourceUrl()) : null;
        return new EventJson.Full(Long.toString(event.id()), event.uri(), page(event), event.local(), event.title(),
                event.local() ? event.description() : "", event.descriptionHtml(), EventWords.summary(event),
                event.startsAt().toString(), event.endsAt() == null ? null : event.endsAt().toString(),
                LOCAL.format(event.localStart()), event.localEnd() == null ? null : LOCAL.format(event.localEnd()),
                event.timeZone(), event.allDay(), recurrence, place, event.onlineUrl(), event.hybrid(),
                organiserNames(event), event.category(), event.tags(), event.capacity(),
                event.joinMode().name().toLowerCase(Locale.ROOT), event.externalJoinUrl(),
                event.status().name().toLowerCase(Locale.ROOT), image, event.sequence(),
                event.local() ? taken : Optional.ofNullable(event.remoteParticipantCount()).orElse(0),
                event.capacity() == null ? null : Math.max(0, event.capacity() - taken), rsvps.maybes(event.id()),
                rsvps.waiting(event.id()), source, uris.page("/events/" + event.id() + ".ics").toString(),
                event.createdAt().toString(), event.updatedAt().toString());
    }

    /** The page people open: ours, or a remote event's own page at its origin. */
    String page(CalendarEvent event) {
        return event.local() || event.url() == null ? uris.page("/events/" + event.id()).toString() : event.url();
    }

    Optional<EventJson.Image> image(CalendarEvent event) {
        if (event.imageMediaId() != null) {
            return media.find(event.imageMediaId()).map(found -> new EventJson.Image(found.url(),
                    event.imageDescription() != null ? event.imageDescription() : found.description()));
        }
        return event.imageUrl() == null ? Optional.empty()
                : Optional.of(new EventJson.Image(event.imageUrl(), event.imageDescription()));
    }

    /** Usernames of the local organisers besides the author, as the form and API take them. */
    List<String> organiserNames(CalendarEvent event) {
        return event.organiserIds().stream().filter(id -> id != event.authorId()).map(actors::findById)
                .flatMap(Optional::stream).filter(Actor::local).map(Actor::username).toList();
    }

    /** What a member would type to get this event: the starting point of an edit form and of a PATCH. */
    EventInput input(CalendarEvent event) {
        String recurrence = event.recurring() ? event.recurrenceFrequency().name().toLowerCase(Locale.ROOT) : "";
        String start = event.allDay() ? event.localStart().toLocalDate().toString() : LOCAL.format(event.localStart());
        String end = event.localEnd() == null ? "" : event.allDay()
                ? event.localEnd().toLocalDate().minusDays(1).toString() : LOCAL.format(event.localEnd());
        return new EventInput(event.title(), event.description(), start, end, event.timeZone(), event.allDay(),
                recurrence, event.recurring() ? Integer.toString(event.recurrenceInterval()) : "",
                event.recurrenceUntil() == null ? "" : event.recurrenceUntil().toString(),
                event.recurrenceCount() == null ? "" : event.recurrenceCount().toString(),
                String.join(" ", event.exceptionDates()), event.placeName(), event.streetAddress(),
                event.locality(), event.postcode(), event.country(), number(event.latitude()),
                number(event.longitude()), event.onlineUrl(), String.join(" ", organiserNames(event)),
                event.category(), String.join(" ", event.tags()),
                event.capacity() == null ? "" : event.capacity().toString(),
                event.joinMode().name().toLowerCase(Locale.ROOT), event.externalJoinUrl(),
                event.status().name().toLowerCase(Locale.ROOT), "", event.imageDescription());
    }

    /** The API body over a starting point: every field for PUT, only those given for PATCH. */
    static EventInput merge(EventInput base, EventJson.Write body) {
        return new EventInput(or(body.title(), base.title()), or(body.description(), base.description()),
                or(body.start(), base.start()), or(body.end(), base.end()), or(body.timeZone(), base.timeZone()),
                body.allDay() != null ? body.allDay() : base.allDay(), or(body.recurrence(), base.recurrence()),
                body.recurrenceInterval() != null ? body.recurrenceInterval().toString() : base.recurrenceInterval(),
                or(body.recurrenceUntil(), base.recurrenceUntil()),
                body.recurrenceCount() != null ? body.recurrenceCount().toString() : base.recurrenceCount(),
                body.exceptionDates() != null ? String.join(" ", body.exceptionDates()) : base.exceptionDates(),
                or(body.placeName(), base.placeName()), or(body.streetAddress(), base.streetAddress()),
                or(body.locality(), base.locality()), or(body.postcode(), base.postcode()),
                or(body.country(), base.country()),
                body.latitude() != null ? body.latitude().toString() : base.latitude(),
                body.longitude() != null ? body.longitude().toString() : base.longitude(),
                or(body.onlineUrl(), base.onlineUrl()),
                body.organisers() != null ? String.join(" ", body.organisers()) : base.organisers(),
                or(body.category(), base.category()),
                body.tags() != null ? String.join(" ", body.tags()) : base.tags(),
                body.capacity() != null ? body.capacity().toString() : base.capacity(),
                or(body.joinMode(), base.joinMode()), or(body.externalJoinUrl(), base.externalJoinUrl()),
                or(body.status(), base.status()), or(body.imageId(), base.imageId()),
                or(body.imageDescription(), base.imageDescription()));
    }

    static final EventInput BLANK = new EventInput(null, null, null, null, null, false, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    private static String or(String given, String base) {
        return given != null ? given : base;
    }

    private static String number(Double value) {
        return value == null ? "" : value.toString();
    }
}
