package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;

/**
 * Who is changing a tie: a member (by their local actor id) or the organiser token (no actor: it acts as the hub's
 * Group). Whoever recorded a tie may change it; moderators and organisers may change any of the hub's own.
 */
public record ConnectionEditor(@Nullable Long actorId, boolean moderator) {

    public static ConnectionEditor of(@Nullable Authentication authentication) {
        if (authentication == null) {
            return new ConnectionEditor(null, false);
        }
        var roles = authentication.getRoles();
        return new ConnectionEditor(Viewers.actorId(authentication).orElse(null),
                roles.contains(Roles.MODERATOR) || roles.contains(Roles.ORGANISER));
    }

    boolean mayChange(Tie tie) {
        return tie.local() && (moderator || actorId != null && actorId == tie.createdBy());
    }
}
