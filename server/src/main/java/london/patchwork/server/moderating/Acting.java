package london.patchwork.server.moderating;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.http.Viewers;

/**
 * Who takes a moderation action, for the log: a signed-in moderator or organiser (their actor and handle), or
 * the organiser token, which carries no actor.
 */
public record Acting(@Nullable Long actorId, String label) {

    public static final String ORGANISER_TOKEN = "organiser token";

    static Acting of(@Nullable Authentication authentication, ActorRepository actors) {
        return Viewers.actorId(authentication)
                .map(id -> new Acting(id, actors.findById(id).map(actor -> "@" + actor.username()).orElse("#" + id)))
                .orElse(new Acting(null, ORGANISER_TOKEN));
    }
}
