package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.Uris;

/** The hub's Group actor, whose forum this is. */
@Singleton
class ForumGroup {

    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final Uris uris;

    ForumGroup(LocalActors localActors, LocalActorUris actorUris, Uris uris) {
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.uris = uris;
    }

    Actor actor() {
        return localActors.hub();
    }

    ForumActivities.Group voice() {
        Actor hub = actor();
        return new ForumActivities.Group(actorUris.id(hub), uris.followers(hub.username()),
                uris.featured(hub.username()));
    }
}
