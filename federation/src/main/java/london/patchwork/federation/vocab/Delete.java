package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * The actor deleted the object (often a {@link Tombstone}, or the actor itself for an account deletion). Lemmy moderators' removals carry the reason in {@code summary}.
 *
 * @param id             the activity's IRI
 * @param fields         object properties (addressing, published, summary, ...)
 * @param activityFields actor, object, target, origin
 * @param extra          properties not modelled
 */
public record Delete(URI id, ObjectFields fields, ActivityFields activityFields, Extras extra) implements Activity {

    @Override
    public String type() {
        return "Delete";
    }
}
