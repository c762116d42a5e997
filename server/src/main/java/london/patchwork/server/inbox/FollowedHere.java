package london.patchwork.server.inbox;

import london.patchwork.server.actors.Actor;

/**
 * Whether a local actor follows an actor (accepted). Provided by the follows package, which builds on the inbox, so
 * the inbox asks through this rather than importing it: an {@code Announce} of an object by id is only worth a fetch
 * when its sender is followed here.
 */
public interface FollowedHere {

    boolean followedHere(Actor actor);
}
