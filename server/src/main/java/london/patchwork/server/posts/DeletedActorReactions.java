package london.patchwork.server.posts;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.RemoteActorDeleting;

/** A deleted account's likes and boosts stop counting on the posts it reacted to. */
@Singleton
class DeletedActorReactions {

    private final ReactionRepository reactions;

    DeletedActorReactions(ReactionRepository reactions) {
        this.reactions = reactions;
    }

    @EventListener
    void onDeleting(RemoteActorDeleting deleting) {
        reactions.withdrawAllBy(deleting.actor().id());
    }
}
