package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * The actor changed the object; the embedded object is its new state.
 *
 * @param id             the activity's IRI
 * @param fields         object properties (addressing, published, summary, ...)
 * @param activityFields actor, object, target, origin
 * @param extra          properties not modelled
 */
public record Update(URI id, ObjectFields fields, ActivityFields activityFields, Extras extra) implements Activity {

    @Override
    public String type() {
        return "Update";
    }
}
