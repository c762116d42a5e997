package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;

/**
 * Who is changing an event: a member (by their local actor id) or the organiser token (no actor: it acts as the
 * hub's Group). The hub's organisers may change any event; a member only those they organise.
 */
public record EventEditor(@Nullable Long actorId, boolean hubOrganiser) {

    public static EventEditor of(@Nullable Authentication authentication) {
        if (authentication == null) {
            return new EventEditor(null, false);
        }
        return new EventEditor(Viewers.actorId(authentication).orElse(null),
                authentication.getRoles().contains(Roles.ORGANISER));
    }

    public boolean mayChange(CalendarEvent event) {
        return event.local() && (hubOrganiser || actorId != null && event.organisedBy(actorId));
    }
}
