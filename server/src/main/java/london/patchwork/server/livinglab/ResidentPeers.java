package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.signatures.KeyFormatException;
import london.patchwork.federation.signatures.PemKeys;

/**
 * The remote actors (hubs' Groups, members, the pan-London Hub) the residents talk to: their inboxes for sending and
 * their keys for checking signatures, fetched once and cached as Mastodon caches accounts. Thread-safe.
 */
final class ResidentPeers {

    /** A remote actor as far as delivery and verification need it; {@code sharedInbox} may be null. */
    record Peer(URI id, URI inbox, URI sharedInbox, List<PeerKey> keys) {

        /** The shared inbox when the actor has one, as Mastodon prefers for public posts. */
        URI preferredInbox() {
            return sharedInbox != null ? sharedInbox : inbox;
        }
    }

    /** A public key and the actor that owns it. */
    record PeerKey(URI id, URI owner, PublicKey key) {
    }

    private final FetchClient fetch;
    private final Map<URI, Peer> actors = new ConcurrentHashMap<>();
    private final Map<URI, PeerKey> keys = new ConcurrentHashMap<>();
    private final Map<URI, ReentrantLock> fetching = new ConcurrentHashMap<>();

    ResidentPeers(FetchClient fetch) {
        this.fetch = fetch;
    }

    /** The actor, from the cache unless {@code refetch}. */
    Peer actor(URI id, boolean refetch) throws FetchException {
        Peer cached = refetch ? null : actors.get(id);
        if (cached != null) {
            return cached;
        }
        // One fetch per actor at a time: a hub's first post reaches a thousand residents' inbox POSTs at once, and
        // they should not all turn into GETs of the same Group.
        ReentrantLock lock = fetching.computeIfAbsent(id, key -> new ReentrantLock());
        Peer before = actors.get(id);
        lock.lock();
        try {
            Peer now = actors.get(id);
            if (now != null && (!refetch || now != before)) {
                return now;
            }
            Peer peer = read(id, fetch.getActivityPub(id).json());
            actors.put(id, peer);
            peer.keys().forEach(key -> keys.put(key.id(), key));
            return peer;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The key a signature names, from the cache unless {@code refetch}: the document at the key id without its
     * fragment is the owner's actor document, as on Mastodon and Patchwork.
     */
    Optional<PeerKey> key(URI keyId, boolean refetch) throws FetchException {
        PeerKey cached = refetch ? null : keys.get(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Peer owner = actor(withoutFragment(keyId), true);
        return owner.keys().stream().filter(key -> key.id().equals(keyId)).findFirst();
    }

    private static Peer read(URI id, JsonNode json) throws FetchException {
        URI inbox = uri(json.path("inbox").asText(null));
        if (inbox == null) {
            throw new FetchException.InvalidDocument(id, "an actor without an inbox", null);
        }
        URI shared = uri(json.path("endpoints").path("sharedInbox").asText(null));
        List<PeerKey> found = new ArrayList<>();
        JsonNode publicKey = json.path("publicKey");
        for (JsonNode key : publicKey.isArray() ? publicKey : List.of(publicKey)) {
            URI keyId = uri(key.path("id").asText(null));
            String pem = key.path("publicKeyPem").asText(null);
            if (keyId == null || pem == null) {
                continue;
            }
            try {
                found.add(new PeerKey(keyId, id, PemKeys.parsePublicKey(pem)));
            } catch (KeyFormatException unreadable) {
                // A key we cannot read verifies nothing; the actor may still have another.
            }
        }
        return new Peer(id, inbox, shared, List.copyOf(found));
    }

    private static URI uri(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            return uri;
        }
    }
}
