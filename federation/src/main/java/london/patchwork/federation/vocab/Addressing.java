package london.patchwork.federation.vocab;

import java.net.URI;
import java.util.List;

/** Public addressing, in the one spelling Patchwork uses. */
public final class Addressing {

    /** The public collection. Readers map {@code as:Public} and {@code Public} to this IRI. */
    public static final URI PUBLIC = URI.create("https://www.w3.org/ns/activitystreams#Public");

    private Addressing() {
    }

    /** @return true when a value in an addressing property means "public" in any spelling peers use */
    static boolean isPublicSpelling(String value) {
        return value.equals("Public") || value.equals("as:Public")
                || value.equals("https://www.w3.org/ns/activitystreams#Public")
                || value.equals("http://www.w3.org/ns/activitystreams#Public");
    }

    /** @return true when any of {@code refs} is the public collection */
    public static boolean isPublic(List<Ref<ApObject>> refs) {
        return refs.stream().anyMatch(r -> PUBLIC.equals(r.id()));
    }
}
