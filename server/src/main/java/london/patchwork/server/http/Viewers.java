package london.patchwork.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

/**
 * Who is asking, in the kernel's words: a request authenticated as a member carries their local actor's id, so any
 * package can act as that member without knowing how they signed in (a session cookie or an app's token). The
 * organiser token carries no actor: automation speaks as the hub.
 */
public final class Viewers {

    /** The {@link Authentication} attribute holding the member's local actor id (a {@code Long}). */
    public static final String ACTOR_ID = "actorId";

    /** The attribute naming how the request signed in: {@code session}, {@code token} or {@code organiser-token}. */
    public static final String VIA = "via";

    private Viewers() {
    }

    /** The signed-in member's local actor id; empty for anonymous requests and for the organiser token. */
    public static Optional<Long> actorId(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Object id = authentication.getAttributes().get(ACTOR_ID);
        return id instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
    }
}
