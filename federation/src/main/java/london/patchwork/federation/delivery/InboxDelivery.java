package london.patchwork.federation.delivery;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * One POST to make: an inbox and the recipients it covers.
 *
 * @param inbox      the inbox URL, canonical (lower-case host, no default port, no fragment)
 * @param shared     whether it is a shared inbox (covering several recipients on one server)
 * @param recipients the actor URIs this delivery reaches, in the order they were addressed
 */
public record InboxDelivery(URI inbox, boolean shared, Set<URI> recipients) {

    /** Copies the recipients, keeping their order. */
    public InboxDelivery {
        Objects.requireNonNull(inbox, "inbox");
        recipients = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(recipients));
    }
}
