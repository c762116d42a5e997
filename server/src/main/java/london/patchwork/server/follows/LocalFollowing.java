package london.patchwork.server.follows;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.inbox.FollowedHere;

/** The inbox's question, whether someone here follows an actor, answered from the follows table. */
@Singleton
class LocalFollowing implements FollowedHere {

    private final FollowRepository follows;

    LocalFollowing(FollowRepository follows) {
        this.follows = follows;
    }

    @Override
    public boolean followedHere(Actor actor) {
        return follows.isFollowedLocally(actor.id());
    }
}
