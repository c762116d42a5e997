package london.patchwork.server.actors;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.FetchedJson;
import london.patchwork.federation.fetch.Origin;
import london.patchwork.federation.signatures.KeyFormatException;
import london.patchwork.federation.signatures.PemKeys;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.PublicKey;
import london.patchwork.federation.vocab.VocabException;
import london.patchwork.server.actors.RemoteActorException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remote actors and their keys, fetched from their origin through the federation library's guarded
 * client (signed by the server's own actor) and cached in the actors table. What an inbox POST claims
 * about an actor is never trusted: only what the actor's own origin serves is stored.
 */
@Singleton
public class RemoteActors {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteActors.class);
    /** A cached actor older than this is fetched again before use. */
    static final Duration STALE_AFTER = Duration.ofDays(1);
    /** A key that failed is not fetched again for this long: a flood of bad signatures costs one fetch. */
    static final Duration FAILURE_MEMORY = Duration.ofMinutes(1);
    /** A key is fetched again at most this often, however many signatures fail against it. */
    static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(30);
    /**
     * Each GET while resolving a key: the sender is waiting for our answer, and Mastodon stops waiting after
     * 10 s of silence (app/lib/request.rb). A key takes at most three GETs (the key URL, the id it declares,
     * a bare key's owner), so a hanging peer gets its 401 in under 10 s.
     */
    static final Duration KEY_FETCH_DEADLINE = Duration.ofSeconds(3);
    /** Failed keys remembered at most; past this, expired ones are dropped, so unique keyIds cannot fill memory. */
    static final int MAX_FAILED_KEYS = 10_000;

    private final ActorRepository actors;
    private final RemoteActorMapper mapper;
    private final FetchClient fetch;
    private final FetchClient keyFetch;
    private final ActivityJson activityJson;
    private final LocalSigners signers;
    private final Clock clock;
    private final Map<String, Instant> failedKeys = new ConcurrentHashMap<>();
    private final KeyCache keys = new KeyCache(10_000, Duration.ofMinutes(10));

    public RemoteActors(ActorRepository actors, RemoteActorMapper mapper, FetchClient fetch, ActivityJson activityJson,
                        LocalSigners signers) {
        this.actors = actors;
        this.mapper = mapper;
        this.fetch = fetch;
        this.keyFetch = FetchClient.builder(fetch.policy().withTimeouts(KEY_FETCH_DEADLINE, KEY_FETCH_DEADLINE))
                .build();
        this.activityJson = activityJson;
        this.signers = signers;
        this.clock = Clock.systemUTC();
    }

    /** The stored actor, fetched first when unknown or stale. */
    public Actor resolve(URI actorUri) throws RemoteActorException {
        Optional<Actor> stored = actors.findByUri(actorUri.toString());
        if (stored.isPresent() && !isStale(stored.get())) {
            return stored.get();
        }
        return refresh(actorUri);
    }

    /** The stored actor, if we have ever fetched it. */
    public Optional<Actor> cached(URI actorUri) {
        return actors.findByUri(actorUri.toString());
    }

    /**
     * Fetches the actor from its origin now and stores what it serves. Not rate-limited: it runs off the
     * request path, once per stale lookup or per {@code Update} the actor itself signed, so a second profile
     * change moments after the first is not lost.
     */
    public Actor refresh(URI actorUri) throws RemoteActorException {
        Optional<Actor> stored = actors.findByUri(actorUri.toString());
        FetchedJson document = get(fetch, actorUri);
        london.patchwork.federation.vocab.Actor remote = asActor(document);
        // Keep the key the actor has been signing with (say its Ed25519 Multikey) while it still lists it.
        PublicKey key = stored.map(Actor::keyId).flatMap(keyId -> ListedKeys.find(remote, URI.create(keyId)))
                .or(() -> remote.publicKeys().stream().findFirst())
                .orElseThrow(() -> new RemoteActorException(Reason.NOT_AN_ACTOR, actorUri + " has no public key"));
        return store(remote, key, document.json());
    }

    /**
     * The key a signature names, with the actor that owns it. The key's owner must list the key, and key and
     * owner must share a host. With {@code refetch} the cache is bypassed, for a signature that failed
     * against the cached key (the actor may have rotated it), unless that key was fetched under
     * {@link #MIN_REFETCH_INTERVAL} ago.
     */
    public RemoteKey resolveKey(URI keyId, boolean refetch) throws RemoteActorException {
        String key = keyId.toString();
        Instant failedAt = failedKeys.get(key);
        if (failedAt != null && failedAt.plus(FAILURE_MEMORY).isAfter(clock.instant())) {
            throw new RemoteActorException(Reason.RECENTLY_FAILED, "key " + key + " failed moments ago");
        }
        Optional<RemoteKey> known = keys.get(key, clock.instant());
        if (known.isEmpty()) {
            Optional<Actor> stored = actors.findByKeyId(key).filter(actor -> !actor.local() && !isStale(actor));
            if (stored.isPresent()) {
                known = Optional.of(keys.put(key, new RemoteKey(stored.get(), parse(stored.get())), clock.instant()));
            }
        }
        // A signature that fails against a key fetched moments ago is a bad signature, not a rotated key.
        if (known.isPresent() && (!refetch || fetchedWithin(known.get().actor(), MIN_REFETCH_INTERVAL))) {
            return known.get();
        }
        try {
            return keys.put(key, fetchKey(keyId), clock.instant());
        } catch (RemoteActorException e) {
            rememberFailure(key);
            LOG.info("event=remote_key_failed keyId={} reason={} detail=\"{}\"", key, e.reason(), e.getMessage());
            throw e;
        }
    }

    private RemoteKey fetchKey(URI keyId) throws RemoteActorException {
        FetchedJson document;
        try {
            document = keyFetch.getActivityPubByDeclaredId(keyId, signers.forInstance());
        } catch (FetchException e) {
            throw new RemoteActorException(Reason.FETCH_FAILED, "key " + keyId + ": " + e.getMessage(), e);
        }
        london.patchwork.federation.vocab.Actor owner;
        JsonNode ownerJson;
        ApObject keyDocument = read(document);
        if (keyDocument instanceof london.patchwork.federation.vocab.Actor actor && actor.inbox() != null) {
            owner = asActor(actor, document);
            ownerJson = document.json();
        } else {
            // A bare key document (a Key or Multikey with its owner, or GoToSocial's stub of its actor that lists
            // only the key): believe it only when the owner, fetched from its own origin, lists this very key.
            URI claimedOwner = ownerOf(keyDocument, keyId);
            FetchedJson ownerDocument = get(keyFetch, claimedOwner);
            owner = asActor(read(ownerDocument), ownerDocument);
            ownerJson = ownerDocument.json();
        }
        PublicKey listed = ListedKeys.find(owner, keyId).orElseThrow(() -> new RemoteActorException(
                Reason.KEY_NOT_LISTED, owner.id() + " does not list key " + keyId + " as its own"));
        if (!Origin.sameOrigin(keyId, owner.id())) {
            throw new RemoteActorException(Reason.ORIGIN_MISMATCH, "key " + keyId + " and actor " + owner.id()
                    + " are on different hosts");
        }
        Actor stored = store(owner, listed, ownerJson);
        return new RemoteKey(stored, parse(stored));
    }

    private FetchedJson get(FetchClient client, URI uri) throws RemoteActorException {
        try {
            return client.getActivityPub(uri, signers.forInstance());
        } catch (FetchException e) {
            throw new RemoteActorException(Reason.FETCH_FAILED, uri + ": " + e.getMessage(), e);
        }
    }

    private ApObject read(FetchedJson document) throws RemoteActorException {
        try {
            return activityJson.read(document.json().toString().getBytes(StandardCharsets.UTF_8));
        } catch (VocabException e) {
            throw new RemoteActorException(Reason.NOT_AN_ACTOR, document.url() + ": " + e.getMessage(), e);
        }
    }

    private london.patchwork.federation.vocab.Actor asActor(FetchedJson document) throws RemoteActorException {
        return asActor(read(document), document);
    }

    private static london.patchwork.federation.vocab.Actor asActor(ApObject object, FetchedJson document)
            throws RemoteActorException {
        if (!(object instanceof london.patchwork.federation.vocab.Actor actor) || actor.inbox() == null) {
            throw new RemoteActorException(Reason.NOT_AN_ACTOR, document.url() + " is not an actor with an inbox");
        }
        if (!Origin.sameOrigin(actor.id(), document.url()) || !Origin.sameOrigin(actor.inbox(), actor.id())) {
            throw new RemoteActorException(Reason.ORIGIN_MISMATCH, "actor " + actor.id() + " or its inbox is not "
                    + "on the host it was fetched from");
        }
        return actor;
    }

    /**
     * The owner a stand-alone key document names: a security v1 Key's owner, a Multikey's controller, or the id of
     * an actor stub that lists the key (GoToSocial serves one at its key URLs).
     */
    private static URI ownerOf(ApObject keyDocument, URI keyId) throws RemoteActorException {
        URI owner = switch (keyDocument) {
            case PublicKey key -> key.owner();
            case london.patchwork.federation.vocab.Multikey key -> key.controller();
            case london.patchwork.federation.vocab.Actor stub -> ListedKeys.find(stub, keyId).map(key -> stub.id())
                    .orElse(null);
            default -> null;
        };
        if (owner == null) {
            throw new RemoteActorException(Reason.NOT_AN_ACTOR, "key document " + keyId + " is not an actor and "
                    + "names no owner");
        }
        return owner;
    }

    private Actor store(london.patchwork.federation.vocab.Actor remote, PublicKey key, JsonNode json)
            throws RemoteActorException {
        String host = Origin.of(remote.id()).map(Origin::authority)
                .orElseThrow(() -> new RemoteActorException(Reason.NOT_AN_ACTOR, "actor id is not http(s)"));
        Optional<Actor> existing = actors.findByUri(remote.id().toString());
        existing.map(Actor::keyId).ifPresent(keys::forget);
        Actor row = mapper.fromRemote(remote, key, host, json.toString(), existing.orElse(null), clock.instant());
        if (existing.isPresent()) {
            return actors.update(row);
        }
        try {
            return actors.save(row);
        } catch (DataAccessException e) {
            // Fetched twice at once: the other request stored it first.
            Actor other = actors.findByUri(remote.id().toString()).orElseThrow(() -> e);
            return actors.update(mapper.fromRemote(remote, key, host, json.toString(), other, clock.instant()));
        }
    }

    private void rememberFailure(String keyId) {
        if (failedKeys.size() >= MAX_FAILED_KEYS) {
            Instant forgotten = clock.instant().minus(FAILURE_MEMORY);
            failedKeys.values().removeIf(failedAt -> failedAt.isBefore(forgotten));
        }
        if (failedKeys.size() < MAX_FAILED_KEYS) {
            failedKeys.put(keyId, clock.instant());
        }
    }

    private boolean fetchedWithin(Actor actor, Duration interval) {
        return actor.fetchedAt() != null && actor.fetchedAt().plus(interval).isAfter(clock.instant());
    }

    private boolean isStale(Actor actor) {
        return actor.fetchedAt() == null || actor.fetchedAt().plus(STALE_AFTER).isBefore(clock.instant());
    }

    private static java.security.PublicKey parse(Actor actor) throws RemoteActorException {
        try {
            return PemKeys.parsePublicKey(actor.publicKeyPem());
        } catch (KeyFormatException e) {
            throw new RemoteActorException(Reason.NOT_AN_ACTOR, "unreadable key of " + actor.uri(), e);
        }
    }
}
