package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * An actor's {@code endpoints}.
 *
 * @param sharedInbox the server-wide inbox deliveries should prefer, or null
 * @param extra       other endpoints (Mobilizon lists its collections here)
 */
public record Endpoints(URI sharedInbox, Extras extra) {

    /** @return endpoints with only a shared inbox */
    public static Endpoints sharedInbox(URI sharedInbox) {
        return new Endpoints(sharedInbox, Extras.EMPTY);
    }
}
