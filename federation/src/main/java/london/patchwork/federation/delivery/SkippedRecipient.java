package london.patchwork.federation.delivery;

import java.net.URI;

/**
 * An addressee that gets no delivery, and why.
 *
 * @param recipient the addressee
 * @param reason    why it was skipped
 * @param detail    more about a failure (the fetch error), or empty
 */
public record SkippedRecipient(URI recipient, Reason reason, String detail) {

    /** Why an addressee gets no delivery. */
    public enum Reason {
        /** The Public collection: it has no inbox. */
        PUBLIC,
        /** A local actor or collection: the server delivers to itself without HTTP. */
        LOCAL,
        /** Not an http(s) URI, or its inbox is not one we would POST to. */
        INVALID,
        /** The lookup found no actor with an inbox (for example a remote collection). */
        NO_INBOX,
        /** The actor could not be fetched; the detail says why. */
        LOOKUP_FAILED
    }
}
