package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * The actor takes back an earlier activity of theirs (the object): a Follow, Like, Announce, ...
 *
 * @param id             the activity's IRI
 * @param fields         object properties (addressing, published, summary, ...)
 * @param activityFields actor, object, target, origin
 * @param extra          properties not modelled
 */
public record Undo(URI id, ObjectFields fields, ActivityFields activityFields, Extras extra) implements Activity {

    @Override
    public String type() {
        return "Undo";
    }
}
