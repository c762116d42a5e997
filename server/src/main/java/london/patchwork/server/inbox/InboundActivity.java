package london.patchwork.server.inbox;

import london.patchwork.federation.vocab.Activity;
import london.patchwork.server.actors.Actor;

/**
 * An activity on its way to a handler: already authenticated (the sender signed it and is its actor),
 * parsed to the typed vocabulary.
 *
 * @param activity   the activity
 * @param sender     the remote actor who signed it, as stored
 * @param objectKind the kind of its object, as the registry dispatches on it
 */
public record InboundActivity(Activity activity, Actor sender, String objectKind) {
}
