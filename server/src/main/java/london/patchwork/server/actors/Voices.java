package london.patchwork.server.actors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;

import java.util.Optional;

/**
 * Which local actor a request speaks as: a signed-in member as their own {@code Person}, the organiser token as
 * the hub's Group (automation keeps the hub's one voice), anyone else as no one.
 */
@Singleton
public class Voices {

    private final ActorRepository actors;
    private final LocalActors localActors;

    public Voices(ActorRepository actors, LocalActors localActors) {
        this.actors = actors;
        this.localActors = localActors;
    }

    public Optional<Actor> of(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Optional<Long> member = Viewers.actorId(authentication);
        if (member.isPresent()) {
            return actors.findById(member.get()).filter(Actor::local);
        }
        return authentication.getRoles().contains(Roles.ORGANISER) ? Optional.of(localActors.hub()) : Optional.empty();
    }

    /** The id of the actor the request speaks as, if any: what "mine" and "visible to me" are judged by. */
    public Optional<Long> idOf(@Nullable Authentication authentication) {
        return of(authentication).map(Actor::id);
    }
}
