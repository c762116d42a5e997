package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * An activity of a type Patchwork does not model ({@code Block}, {@code Invite}, {@code EmojiReact},
 * ...): any unknown type that has an {@code actor}. Handlers can still see who did what.
 *
 * @param id             the activity's IRI
 * @param type           its type name
 * @param fields         object properties
 * @param activityFields actor, object, target, origin
 * @param extra          everything else, including further types
 */
public record GenericActivity(URI id, String type, ObjectFields fields, ActivityFields activityFields, Extras extra)
        implements Activity {
}
