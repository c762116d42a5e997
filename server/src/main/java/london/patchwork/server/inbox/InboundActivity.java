package london.patchwork.server.inbox;

import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.server.actors.Actor;

import java.util.Optional;

/**
 * An activity on its way to a handler: already authenticated (the sender signed it and is its actor), parsed to
 * the typed vocabulary, and with its object resolved.
 *
 * @param activity   the activity
 * @param sender     the remote actor who signed it, as stored
 * @param objectKind the kind of its object, as the routes dispatch on it
 * @param object     the object as embedded, or as its origin served it when the activity named it only by id
 *                   (fetched once, by the inbox); empty when neither. An embedded copy is the sender's claim:
 *                   handlers check its origin before they trust it
 */
public record InboundActivity(Activity activity, Actor sender, String objectKind, Optional<ApObject> object) {

    /** An activity whose object was not resolved beyond its kind. */
    public InboundActivity(Activity activity, Actor sender, String objectKind) {
        this(activity, sender, objectKind, Optional.empty());
    }

    /** The object, if it is of the given type. */
    public <T extends ApObject> Optional<T> object(Class<T> type) {
        return object.filter(type::isInstance).map(type::cast);
    }
}
