package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * The actor created the object (a post, an event, a poll vote).
 *
 * @param id             the activity's IRI
 * @param fields         object properties (addressing, published, summary, ...)
 * @param activityFields actor, object, target, origin
 * @param extra          properties not modelled
 */
public record Create(URI id, ObjectFields fields, ActivityFields activityFields, Extras extra) implements Activity {

    @Override
    public String type() {
        return "Create";
    }
}
