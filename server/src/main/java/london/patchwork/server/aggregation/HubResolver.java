package london.patchwork.server.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.DocumentKind;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.Origin;
import london.patchwork.federation.webfinger.WebFingerException;
import london.patchwork.server.actors.AccountResolver;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorType;
import london.patchwork.server.actors.RemoteActorException;

import java.net.URI;
import java.util.Optional;

/**
 * Finds the Group actor an organiser means by what they typed: a handle ({@code @hackney@hackney.example} or
 * {@code hackney@host}, through WebFinger), the actor's URL, or the site's root URL (whose Mastodon-style instance
 * document, {@code /api/v2/instance}, names the account that speaks for the site: on a Patchwork hub, its Group).
 * Every fetch goes through the federation client, with its address guard.
 */
@Singleton
class HubResolver {

    private final AccountResolver accounts;
    private final FetchClient fetch;

    HubResolver(AccountResolver accounts, FetchClient fetch) {
        this.accounts = accounts;
        this.fetch = fetch;
    }

    /**
     * The hub's Group, stored as a remote actor.
     *
     * @throws HubService.Refused     when the text names nothing usable, or something that is not a remote Group
     * @throws HubService.Unreachable when the hub could not be asked now
     */
    Actor group(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || !AccountResolver.looksLikeAccount(text)) {
            throw new HubService.Refused("give the hub's handle (@hub@host) or its address (https://…)");
        }
        Optional<Actor> found;
        try {
            found = accounts.find(rootToActor(text), true);
        } catch (IllegalArgumentException | WebFingerException e) {
            throw new HubService.Refused("no hub found for " + text + ": " + e.getMessage());
        } catch (FetchException e) {
            throw failed(text, e);
        } catch (RemoteActorException e) {
            if (e.reason() == RemoteActorException.Reason.FETCH_FAILED
                    && !(e.getCause() instanceof FetchException fetchFailed && fetchFailed.isPermanent())) {
                throw new HubService.Unreachable("could not reach " + text + ": " + e.getMessage());
            }
            throw new HubService.Refused(text + " is not a hub: " + e.getMessage());
        }
        Actor actor = found.orElseThrow(() -> new HubService.Refused("no hub found for " + text));
        if (actor.local()) {
            throw new HubService.Refused(text + " is this hub itself");
        }
        if (actor.actorType() != ActorType.Group) {
            throw new HubService.Refused(text + " is a " + actor.type() + ", not a hub's Group");
        }
        return actor;
    }

    /** A site's root URL stands for the account its instance document names; anything else is kept as typed. */
    private String rootToActor(String text) throws FetchException {
        if (!text.startsWith("http://") && !text.startsWith("https://")) {
            return text;
        }
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new HubService.Refused(text + " is not a valid address");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty() && !path.equals("/")) {
            return text;
        }
        Origin origin = Origin.of(uri).orElseThrow(() -> new HubService.Refused(text + " is not a valid address"));
        JsonNode instance = fetch.getJson(URI.create(origin + "/api/v2/instance"), DocumentKind.JSON).json();
        String actor = instance.path("contact").path("account").path("uri").asText("");
        if (!actor.startsWith(origin + "/")) {
            throw new HubService.Refused(text + " names no hub account of its own");
        }
        return actor;
    }

    private static RuntimeException failed(String text, FetchException e) {
        return e.isPermanent() ? new HubService.Refused("no hub found at " + text + ": " + e.getMessage())
                : new HubService.Unreachable("could not reach " + text + ": " + e.getMessage());
    }
}
