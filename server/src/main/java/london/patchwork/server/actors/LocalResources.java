package london.patchwork.server.actors;

import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.Origin;
import london.patchwork.federation.webfinger.Acct;
import london.patchwork.federation.webfinger.WebFingerException;
import london.patchwork.server.instance.Instance;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Answers "which local actor does this name or URL mean?" for WebFinger: {@code acct:} handles, actor and
 * profile URLs, and the origin URL itself, which means the server's own actor (FEP-d556).
 */
@Singleton
public class LocalResources {

    /** A resource that is not a handle or an http(s) URL at all. */
    public static final class MalformedResource extends Exception {
        MalformedResource(String message) {
            super(message);
        }
    }

    private final LocalActors actors;
    private final Origin origin;

    public LocalResources(LocalActors actors, Instance instance) {
        this.actors = actors;
        this.origin = Origin.of(instance.baseUri())
                .orElseThrow(() -> new IllegalStateException("the base URL is not an origin"));
    }

    /** The local actor a resource names, or empty when it names nothing here (another domain included). */
    public Optional<Actor> resolve(String resource) throws MalformedResource {
        String value = resource == null ? "" : resource.strip();
        if (value.isEmpty()) {
            throw new MalformedResource("the resource parameter is required");
        }
        if (value.regionMatches(true, 0, "http://", 0, 7) || value.regionMatches(true, 0, "https://", 0, 8)) {
            return resolveUrl(value);
        }
        Acct acct;
        try {
            acct = Acct.parse(value);
        } catch (WebFingerException e) {
            throw new MalformedResource("the resource must be acct:user@domain or an http(s) URL");
        }
        if (!acct.domain().equals(origin.authority())) {
            return Optional.empty();
        }
        return actors.find(acct.user());
    }

    /** The handle a local actor is known by here. */
    public Acct acctOf(Actor actor) {
        return new Acct(actor.username(), origin.authority());
    }

    private Optional<Actor> resolveUrl(String value) throws MalformedResource {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedResource("the resource is not a valid URL");
        }
        if (uri.getHost() == null) {
            throw new MalformedResource("the resource URL has no host");
        }
        if (!Origin.of(uri).map(origin::equals).orElse(false) || uri.getRawQuery() != null) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.isEmpty() || path.equals("/")) {
            return actors.find(LocalActors.INSTANCE_ACTOR_USERNAME);
        }
        if (path.startsWith("/@") && path.length() > 2 && path.indexOf('/', 2) < 0) {
            return actors.find(URLDecoder.decode(path.substring(2), StandardCharsets.UTF_8));
        }
        return actors.findByUri(uri);
    }
}
