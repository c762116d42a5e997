package london.patchwork.server.actors;

import jakarta.inject.Singleton;
import london.patchwork.server.instance.ActorCounts;

/** Actor counts straight from the actors table. */
@Singleton
class StoredActorCounts implements ActorCounts {

    private final ActorRepository actors;

    StoredActorCounts(ActorRepository actors) {
        this.actors = actors;
    }

    @Override
    public long localPublishers() {
        return actors.countLocalPublishers();
    }

    @Override
    public long local() {
        return actors.countByLocal(true);
    }

    @Override
    public long remote() {
        return actors.countByLocal(false);
    }
}
