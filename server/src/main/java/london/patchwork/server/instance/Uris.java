package london.patchwork.server.instance;

import jakarta.inject.Singleton;
import london.patchwork.server.http.CanonicalUris;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Every URL this hub publishes is built here, so routes and documents cannot drift apart. */
@Singleton
public final class Uris {

    public static final String ACTORS = "/actors/";
    public static final String INSTANCE_ACTOR_PATH = "/actor";
    public static final String SHARED_INBOX_PATH = "/inbox";
    /** The server's own actor (FEP-d556, FEP-2677). The dot keeps it out of the names members can take. */
    public static final String INSTANCE_ACTOR_USERNAME = "instance.actor";
    /** The relay actor's username, when this instance offers a relay (aggregation). */
    public static final String RELAY_USERNAME = "relay";
    public static final String RELAY_INBOX_PATH = "/relay/inbox";

    private final String base;

    public Uris(Instance instance) {
        this.base = instance.baseUri().toString();
    }

    public URI base() {
        return URI.create(base + "/");
    }

    public URI actor(String username) {
        return URI.create(base + ACTORS + encode(username));
    }

    public URI inbox(String username) {
        return URI.create(actor(username) + "/inbox");
    }

    public URI outbox(String username) {
        return URI.create(actor(username) + "/outbox");
    }

    public URI followers(String username) {
        return URI.create(actor(username) + "/followers");
    }

    public URI following(String username) {
        return URI.create(actor(username) + "/following");
    }

    public URI featured(String username) {
        return URI.create(actor(username) + "/collections/featured");
    }

    public URI publicKey(URI actor) {
        return URI.create(actor + "#main-key");
    }

    /** The HTML profile page, as Mastodon users know it: {@code /@name}. */
    public URI profilePage(String username) {
        return URI.create(base + "/@" + encode(username));
    }

    /** A local object (note, article, page) by its id. */
    public URI object(long id) {
        return URI.create(base + "/objects/" + id);
    }

    /** A forum thread's page (the hub's forum, or a blog article's discussion), by its first post's id. */
    public URI forumThread(long postId) {
        return URI.create(base + "/forum/threads/" + postId);
    }

    /** FEP-7888: the collection of a thread's posts, which its posts name as their {@code context}. */
    public URI forumThreadContext(long postId) {
        return URI.create(base + "/forum/threads/" + postId + "/context");
    }

    /** The direct replies to a thread's first post, its {@code replies} collection. */
    public URI forumThreadReplies(long postId) {
        return URI.create(base + "/forum/threads/" + postId + "/replies");
    }

    /** The page listing posts with a hashtag; tags are case-insensitive, so the URL uses the lower-case form. */
    public URI tag(String tag) {
        return URI.create(base + "/tags/" + encode(tag.toLowerCase(java.util.Locale.ROOT)));
    }

    /** A local activity by its id. */
    public URI activity(long id) {
        return URI.create(base + "/activities/" + id);
    }

    public URI instanceActor() {
        return URI.create(base + INSTANCE_ACTOR_PATH);
    }

    /** The relay actor's inbox, its only one: what arrives there is relayed, never kept by this instance. */
    public URI relayInbox() {
        return URI.create(base + RELAY_INBOX_PATH);
    }

    public URI sharedInbox() {
        return URI.create(base + SHARED_INBOX_PATH);
    }

    /** RFC 6415 LRDD template; a template, not a URI, since braces are not allowed in URIs. */
    public String webFingerTemplate() {
        return base + "/.well-known/webfinger?resource={uri}";
    }

    /** Where a remote account is sent to follow or interact with something from this hub. */
    public String interactionTemplate() {
        return base + "/authorize_interaction?uri={uri}";
    }

    public URI nodeInfo() {
        return URI.create(base + "/nodeinfo/2.1");
    }

    public URI page(String path) {
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    /** True when the URI is on this hub's own origin. */
    public boolean isLocal(URI uri) {
        return CanonicalUris.sameHost(uri, URI.create(base));
    }

    /** The username of the local actor this URI is the id of ({@code /actors/NAME} or {@code /actor}). */
    public Optional<String> localActorUsername(URI uri) {
        if (uri == null || !isLocal(uri) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.equals(INSTANCE_ACTOR_PATH)) {
            return Optional.of(INSTANCE_ACTOR_USERNAME);
        }
        if (path.startsWith(ACTORS) && path.indexOf('/', ACTORS.length()) < 0 && path.length() > ACTORS.length()) {
            return Optional.of(URLDecoder.decode(path.substring(ACTORS.length()),
                    StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
