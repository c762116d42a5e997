package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * The actor reports the object(s) to moderators; the reason is in {@code content} or {@code summary}.
 *
 * @param id             the activity's IRI
 * @param fields         object properties (addressing, published, summary, ...)
 * @param activityFields actor, object, target, origin
 * @param extra          properties not modelled
 */
public record Flag(URI id, ObjectFields fields, ActivityFields activityFields, Extras extra) implements Activity {

    @Override
    public String type() {
        return "Flag";
    }
}
