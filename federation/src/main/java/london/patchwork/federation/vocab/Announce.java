package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * The actor shares the object: a boost, or a FEP-1b12 Group relaying what was posted to it.
 *
 * @param id             the activity's IRI
 * @param fields         object properties (addressing, published, summary, ...)
 * @param activityFields actor, object, target, origin
 * @param extra          properties not modelled
 */
public record Announce(URI id, ObjectFields fields, ActivityFields activityFields, Extras extra) implements Activity {

    @Override
    public String type() {
        return "Announce";
    }
}
