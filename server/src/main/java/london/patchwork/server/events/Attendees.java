package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.instance.Instance;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An event's attendee list as its organisers see it, and as CSV for a spreadsheet. */
@Singleton
class Attendees {

    private final Attendance attendance;
    private final ActorRepository actors;
    private final String localHost;

    Attendees(Attendance attendance, ActorRepository actors, Instance instance) {
        this.attendance = attendance;
        this.actors = actors;
        this.localHost = instance.baseUri().getAuthority();
    }

    /** One answer, with who gave it. */
    record Row(long rsvpId, String name, String handle, Rsvp rsvp) {
    }

    List<Row> of(CalendarEvent event) {
        return attendance.all(event.id()).stream().map(rsvp -> {
            Optional<Actor> actor = actors.findById(rsvp.actorId());
            String name = actor.map(found -> found.displayName() == null || found.displayName().isBlank()
                    ? found.username() : found.displayName()).orElse("(gone)");
            String handle = actor.map(found -> "@" + found.username() + "@" + (found.local() ? localHost
                    : found.host() != null ? found.host() : URI.create(found.uri()).getAuthority())).orElse("");
            return new Row(rsvp.id(), name, handle, rsvp);
        }).toList();
    }

    EventJson.Attendee json(Row row) {
        return new EventJson.Attendee(row.name(), row.handle(), lower(row.rsvp().response()),
                lower(row.rsvp().standing()), row.rsvp().local(), row.rsvp().updatedAt().toString());
    }

    String csv(CalendarEvent event) {
        StringBuilder out = new StringBuilder("name,handle,response,standing,local,answered_at\r\n");
        for (Row row : of(event)) {
            out.append(String.join(",", cell(row.name()), cell(row.handle()), cell(lower(row.rsvp().response())),
                    cell(lower(row.rsvp().standing())), row.rsvp().local() ? "yes" : "no",
                    cell(row.rsvp().updatedAt().toString()))).append("\r\n");
        }
        return out.toString();
    }

    /**
     * A CSV cell, quoted. A spreadsheet runs a cell that starts with {@code = + - @} (or a tab or carriage return)
     * as a formula, and display names are anyone's to choose, so such a cell is prefixed with an apostrophe.
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
