package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * The actor joins the object: RSVP to an event, as Mobilizon does.
 *
 * @param id             the activity's IRI
 * @param fields         object properties (addressing, published, summary, ...)
 * @param activityFields actor, object, target, origin
 * @param extra          properties not modelled
 */
public record Join(URI id, ObjectFields fields, ActivityFields activityFields, Extras extra) implements Activity {

    @Override
    public String type() {
        return "Join";
    }
}
