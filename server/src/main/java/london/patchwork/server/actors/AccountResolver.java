package london.patchwork.server.actors;

import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.webfinger.Acct;
import london.patchwork.federation.webfinger.WebFingerClient;
import london.patchwork.federation.webfinger.WebFingerException;
import london.patchwork.server.instance.Instance;

import java.net.URI;
import java.util.Optional;

/**
 * Finds the account a person typed: {@code name} or {@code name@ourhost} among local actors, {@code name@host}
 * through WebFinger, an actor URL by fetching it. Remote accounts are stored as they are resolved; the fetches
 * go through the federation client, which refuses private networks in production.
 */
@Singleton
public class AccountResolver {

    private final ActorRepository actors;
    private final LocalActors localActors;
    private final RemoteActors remoteActors;
    private final WebFingerClient webFinger;
    private final String authority;

    public AccountResolver(ActorRepository actors, LocalActors localActors, RemoteActors remoteActors,
                           WebFingerClient webFinger, Instance instance) {
        this.actors = actors;
        this.localActors = localActors;
        this.remoteActors = remoteActors;
        this.webFinger = webFinger;
        this.authority = instance.authority();
    }

    /** Whether the text looks like an account rather than words: {@code @name@host}, {@code name@host} or a URL. */
    public static boolean looksLikeAccount(String text) {
        String handle = text.startsWith("@") ? text.substring(1) : text;
        return text.startsWith("https://") || text.startsWith("http://")
                || handle.matches("[A-Za-z0-9_.\\-]+@[A-Za-z0-9.\\-:\\[\\]]+");
    }

    /**
     * The account, going to the network when {@code resolve}; empty when no such account is known (or, without
     * {@code resolve}, not stored yet).
     *
     * @throws IllegalArgumentException when the text is neither a handle nor a URL
     */
    public Optional<Actor> find(String acct, boolean resolve) throws WebFingerException, FetchException,
            RemoteActorException {
        String text = acct.strip();
        if (text.startsWith("http://") || text.startsWith("https://")) {
            URI uri = URI.create(text);
            Optional<Actor> local = localActors.findByUri(uri);
            if (local.isPresent()) {
                return local;
            }
            return resolve ? Optional.of(remoteActors.resolve(uri)) : remoteActors.cached(uri);
        }
        String handle = text.startsWith("@") ? text.substring(1) : text;
        if (!handle.contains("@")) {
            return localActors.find(handle);
        }
        Acct parsed = Acct.parse(handle);
        if (parsed.domain().equalsIgnoreCase(authority)) {
            return localActors.find(parsed.user());
        }
        if (!resolve) {
            return actors.findRemote(parsed.user(), parsed.domain());
        }
        return Optional.of(remoteActors.resolve(webFinger.resolve(parsed).actor()));
    }
}
