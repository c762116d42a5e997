package london.patchwork.server.aggregation;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.webfinger.WebFingerException;
import london.patchwork.server.actors.AccountResolver;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Joining relays. A relay is named by its actor, or by its inbox as Mastodon's admin form asks for it; from an
 * inbox the actor is found at the relay's {@code /actor} (pub-relay, activity-relay and Aode relay serve it there)
 * or as {@code relay@host} by WebFinger (Patchwork's own relay), and must own that inbox. The actor is resolved
 * through the guarded fetch, outside any transaction; {@link RelayMemberships} then writes in one.
 */
@Singleton
public class RelayService {

    private static final int MAX_URL = 2_000;

    private final RemoteActors remoteActors;
    private final AccountResolver accounts;
    private final RelayMemberships memberships;
    private final Uris uris;

    public RelayService(RemoteActors remoteActors, AccountResolver accounts, RelayMemberships memberships,
                        Uris uris) {
        this.remoteActors = remoteActors;
        this.accounts = accounts;
        this.memberships = memberships;
        this.uris = uris;
    }

    /** The outcome of a join: the relay, and whether this request joined it (false: it was joined already). */
    public record Joined(RelayJson relay, boolean created) {
    }

    /** Joins the relay given by its inbox or its actor (exactly one); joining again changes nothing. */
    public Joined join(String inbox, String actor) throws RelayRefused {
        boolean hasInbox = inbox != null && !inbox.isBlank();
        boolean hasActor = actor != null && !actor.isBlank();
        if (hasInbox == hasActor) {
            throw new RelayRefused(HttpStatus.BAD_REQUEST, "give the relay's inbox or its actor, one of them");
        }
        URI given = url(hasInbox ? inbox : actor);
        if (uris.isLocal(given)) {
            throw new RelayRefused(HttpStatus.UNPROCESSABLE_ENTITY, "that is this instance's own address");
        }
        Actor relay = hasActor ? resolve(given) : byInbox(given);
        URI relayInbox = hasInbox ? given : URI.create(Optional.ofNullable(relay.sharedInboxUri())
                .orElse(relay.inboxUri()));
        return memberships.join(relay, relayInbox);
    }

    public List<RelayJson> list() {
        return memberships.list();
    }

    /** Leaves a joined relay (Undo of the Follow); false when there is no such relay. */
    public boolean leave(long id) {
        return memberships.leave(id);
    }

    private Actor byInbox(URI inbox) throws RelayRefused {
        URI origin = inbox.resolve("/");
        List<String> candidates = List.of(origin.resolve("/actor").toString(),
                "relay@" + CanonicalUris.host(inbox).orElse(""));
        for (String candidate : candidates) {
            Optional<Actor> found = tryResolve(candidate);
            if (found.isPresent() && owns(found.get(), inbox)) {
                return found.get();
            }
        }
        throw new RelayRefused(HttpStatus.UNPROCESSABLE_ENTITY, "no relay actor owning " + inbox
                + " was found at " + origin.resolve("/actor") + " or as relay@" + CanonicalUris.host(inbox)
                .orElse("") + "; give the relay's actor instead");
    }

    /** An actor URL (resolved directly) or a handle (by WebFinger); empty when it is neither here nor there. */
    private Optional<Actor> tryResolve(String candidate) {
        try {
            return candidate.startsWith("http") ? Optional.of(remoteActors.resolve(URI.create(candidate)))
                    : accounts.find(candidate, true);
        } catch (RemoteActorException | WebFingerException | FetchException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Actor resolve(URI actor) throws RelayRefused {
        try {
            return remoteActors.resolve(actor);
        } catch (RemoteActorException e) {
            throw new RelayRefused(HttpStatus.UNPROCESSABLE_ENTITY, "the relay's actor could not be read: "
                    + e.getMessage());
        }
    }

    private static boolean owns(Actor actor, URI inbox) {
        return (actor.inboxUri() != null && CanonicalUris.same(URI.create(actor.inboxUri()), inbox))
                || (actor.sharedInboxUri() != null && CanonicalUris.same(URI.create(actor.sharedInboxUri()), inbox));
    }

    private static URI url(String text) throws RelayRefused {
        String value = text.strip();
        try {
            URI uri = URI.create(value);
            boolean http = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (value.length() <= MAX_URL && http && uri.getHost() != null && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // Answered below, as every other malformed address.
        }
        throw new RelayRefused(HttpStatus.BAD_REQUEST, "not an http(s) URL: " + value);
    }
}
