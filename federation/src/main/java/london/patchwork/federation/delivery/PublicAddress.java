package london.patchwork.federation.delivery;

import java.net.URI;
import java.util.Set;

/**
 * The special "Public" collection. It addresses everyone, so it has no inbox: delivery skips it.
 * Peers write it three ways: the full IRI, the compacted {@code as:Public}, and the bare term
 * {@code Public} (all three are the same IRI after JSON-LD expansion).
 */
public final class PublicAddress {

    /** The full IRI, the form Patchwork writes. */
    public static final URI IRI = URI.create("https://www.w3.org/ns/activitystreams#Public");

    private static final Set<String> SPELLINGS = Set.of(
            "https://www.w3.org/ns/activitystreams#Public",
            "http://www.w3.org/ns/activitystreams#Public",
            "as:Public",
            "Public");

    private PublicAddress() {
    }

    /** Whether an addressee is the Public collection, in any of its spellings. */
    public static boolean isPublic(URI addressee) {
        return addressee != null && SPELLINGS.contains(addressee.toString());
    }
}
