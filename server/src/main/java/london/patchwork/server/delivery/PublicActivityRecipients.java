package london.patchwork.server.delivery;

import london.patchwork.server.actors.Actor;

import java.net.URI;
import java.util.List;

/**
 * Actors that receive a local actor's public activities beyond those the activity addresses, as Mastodon sends its
 * public posts to the relays it joined. A capability implements it (aggregation: the joined relays); delivery
 * collects every implementation, so it imports no capability.
 */
public interface PublicActivityRecipients {

    /** Extra recipients (actor ids) for a public activity of this type by this local actor; usually none. */
    List<URI> recipients(Actor publisher, String activityType);
}
