package london.patchwork.federation.vocab;

import java.net.URI;
import java.time.Instant;

/**
 * What remains of a deleted object.
 *
 * @param id         the deleted object's IRI
 * @param fields     object properties
 * @param formerType the type it had, e.g. {@code Note}
 * @param deleted    when it was deleted
 * @param extra      properties not modelled (Mastodon's {@code atomUri})
 */
public record Tombstone(URI id, ObjectFields fields, String formerType, Instant deleted, Extras extra)
        implements AsObject {

    @Override
    public String type() {
        return "Tombstone";
    }

    /** @return a tombstone with nothing but its id */
    public static Tombstone of(URI id) {
        return new Tombstone(id, ObjectFields.EMPTY, null, null, Extras.EMPTY);
    }
}
