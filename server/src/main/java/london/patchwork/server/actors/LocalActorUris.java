package london.patchwork.server.actors;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Uris;

import java.net.URI;

/** The URLs of a local actor: where its document lives, its key, and the page people see. */
@Singleton
public class LocalActorUris {

    private final Uris uris;
    private final String hubUsername;

    public LocalActorUris(Uris uris, HubConfiguration hub) {
        this.uris = uris;
        this.hubUsername = hub.username();
    }

    public URI id(Actor actor) {
        return isInstanceActor(actor) ? uris.instanceActor() : uris.actor(actor.username());
    }

    public URI keyId(Actor actor) {
        return uris.publicKey(id(actor));
    }

    /** The hub's page is the home page; the server's own actor has none; anyone else has {@code /@name}. */
    @Nullable
    public URI profilePage(Actor actor) {
        if (isInstanceActor(actor)) {
            return null;
        }
        return isHub(actor) ? uris.base() : uris.profilePage(actor.username());
    }

    public boolean isHub(Actor actor) {
        return actor.local() && actor.username().equalsIgnoreCase(hubUsername);
    }

    /** The relay actor (aggregation), an Application whose inbox is the relay's own. */
    public static boolean isRelay(Actor actor) {
        return actor.local() && Uris.RELAY_USERNAME.equals(actor.username())
                && ActorType.Application.name().equals(actor.type());
    }

    public static boolean isInstanceActor(Actor actor) {
        return actor.local() && LocalActors.INSTANCE_ACTOR_USERNAME.equals(actor.username());
    }
}
