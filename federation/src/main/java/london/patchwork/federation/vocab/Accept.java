package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * The actor accepts the object, usually a {@link Follow}.
 *
 * @param id             the activity's IRI
 * @param fields         object properties (addressing, published, summary, ...)
 * @param activityFields actor, object, target, origin
 * @param extra          properties not modelled
 */
public record Accept(URI id, ObjectFields fields, ActivityFields activityFields, Extras extra) implements Activity {

    @Override
    public String type() {
        return "Accept";
    }
}
