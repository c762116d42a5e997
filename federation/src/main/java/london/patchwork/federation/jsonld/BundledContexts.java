package london.patchwork.federation.jsonld;

import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON-LD context documents shipped in the jar under {@code /contexts/}. Peers' contexts are
 * often slow, offline (w3id.org/identity/v1) or not JSON-LD at all (joinmastodon.org/ns), so they
 * are never fetched: this table is the whole universe of remote contexts Patchwork understands.
 */
public final class BundledContexts {

    /** Context URL (normalised by {@link #key(String)}) to resource file name. */
    private static final Map<String, String> RESOURCES = Map.ofEntries(
            Map.entry("www.w3.org/ns/activitystreams", "activitystreams.json"),
            Map.entry("www.w3.org/ns/activitystreams.jsonld", "activitystreams.json"),
            Map.entry("w3id.org/security/v1", "security-v1.json"),
            Map.entry("w3id.org/security/data-integrity/v1", "security-data-integrity-v1.json"),
            Map.entry("w3id.org/security/data-integrity/v2", "security-data-integrity-v2.json"),
            Map.entry("w3id.org/security/multikey/v1", "security-multikey-v1.json"),
            Map.entry("w3id.org/identity/v1", "identity-v1.json"),
            Map.entry("gotosocial.org/ns", "gotosocial-ns.json"),
            Map.entry("join-lemmy.org/context.json", "join-lemmy.json"),
            Map.entry("litepub.social/litepub/context.jsonld", "litepub.json"),
            Map.entry("joinmastodon.org/ns", "joinmastodon-ns.json"),
            Map.entry("schema.org", "schema-org.json"),
            // Patchwork's own terms (community assets and their ties); hubs also serve it at /ns/patchwork.jsonld.
            Map.entry("patchwork.london/ns", "patchwork-ns.json"),
            Map.entry("patchwork.london/ns/patchwork.jsonld", "patchwork-ns.json"));

    /** Contexts whose terms are all part of the canonical context (see {@link CanonicalContext}). */
    private static final Set<String> STANDARD = Set.of(
            "www.w3.org/ns/activitystreams", "www.w3.org/ns/activitystreams.jsonld", "w3id.org/security/v1");

    private static final Map<String, JsonStructure> LOADED = new ConcurrentHashMap<>();

    private BundledContexts() {
    }

    /**
     * The bundled document for a context URL, if there is one. Scheme ({@code http}/{@code https}),
     * host case, a trailing slash and a fragment do not matter.
     *
     * @param url a context URL as written in a document
     * @return a fresh document (Titanium may set its URL) over the shared, immutable parsed content
     */
    public static Optional<JsonDocument> find(String url) {
        String resource = RESOURCES.get(key(url));
        if (resource == null) {
            return Optional.empty();
        }
        JsonDocument document = JsonDocument.of(LOADED.computeIfAbsent(resource, BundledContexts::load));
        try {
            document.setDocumentUrl(URI.create(url.strip()));
        } catch (IllegalArgumentException notAUri) {
            // A bundled key reached through an odd spelling: the context has no relative IRIs, so no base is needed.
        }
        return Optional.of(document);
    }

    /** @return true when {@code url} names a bundled context */
    public static boolean isBundled(String url) {
        return RESOURCES.containsKey(key(url));
    }

    /**
     * @return true when {@code url} is ActivityStreams or security v1: contexts whose every term the
     *         canonical context defines identically, so a document using only them needs no expansion
     */
    static boolean isStandard(String url) {
        return STANDARD.contains(key(url));
    }

    /** @return the lookup key: no scheme, lower-case host, no fragment, no trailing slash */
    static String key(String url) {
        String s = url.strip();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int slash = s.indexOf('/');
        String host = slash < 0 ? s : s.substring(0, slash);
        String path = slash < 0 ? "" : s.substring(slash);
        return host.toLowerCase(Locale.ROOT) + path;
    }

    /**
     * Reads a resource under {@code /contexts/}.
     *
     * @param resource file name
     * @return its JSON content
     */
    static JsonStructure load(String resource) {
        try (InputStream in = BundledContexts.class.getResourceAsStream("/contexts/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled context /contexts/" + resource);
            }
            return JsonDocument.of(in).getJsonContent().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.apicatalog.jsonld.JsonLdError e) {
            throw new IllegalStateException("bundled context " + resource + " is not JSON", e);
        }
    }
}
