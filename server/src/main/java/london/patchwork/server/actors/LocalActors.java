package london.patchwork.server.actors;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.signatures.KeyPairs;
import london.patchwork.federation.signatures.PemKeys;
import london.patchwork.server.database.AdvisoryLocks;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Uris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.security.KeyPair;
import java.util.Objects;
import java.util.Optional;

/**
 * The actors this hub owns: the hub's Group, the server's own Application actor and, later, members.
 * Creating one creates its RSA-2048 key pair in the same transaction.
 */
@Singleton
public class LocalActors {

    /** The server's own actor (FEP-d556, FEP-2677). */
    public static final String INSTANCE_ACTOR_USERNAME = Uris.INSTANCE_ACTOR_USERNAME;
    private static final Logger LOG = LoggerFactory.getLogger(LocalActors.class);

    private final ActorRepository actors;
    private final ActorKeyRepository keys;
    private final AdvisoryLocks locks;
    private final Uris uris;
    private final ApplicationEventPublisher<LocalProfileChanged> profileChanges;
    private final String hubUsername;

    public LocalActors(ActorRepository actors, ActorKeyRepository keys, AdvisoryLocks locks, Uris uris,
                       ApplicationEventPublisher<LocalProfileChanged> profileChanges,
                       HubConfiguration hubConfiguration) {
        this.hubUsername = hubConfiguration.username();
        this.actors = actors;
        this.keys = keys;
        this.locks = locks;
        this.uris = uris;
        this.profileChanges = profileChanges;
    }

    public Optional<Actor> find(String username) {
        return actors.findLocal(username);
    }

    /** The hub's Group actor, which the organiser token acts as; created at start-up. */
    public Actor hub() {
        return actors.findLocal(hubUsername)
                .orElseThrow(() -> new IllegalStateException("the hub actor is created at start-up"));
    }

    /** The local actor whose id this URI is. */
    public Optional<Actor> findByUri(URI uri) {
        return uris.localActorUsername(uri).flatMap(actors::findLocal);
    }

    /** Creates the hub's Group actor on first start; afterwards keeps its profile in step with configuration. */
    @Transactional
    public Actor ensureHub(HubConfiguration hub) {
        KeyPair fresh = keyIfMissing(hub.username());
        locks.lockForTransaction(AdvisoryLocks.Key.LOCAL_ACTORS);
        Optional<Actor> existing = actors.findLocal(hub.username());
        if (existing.isEmpty()) {
            return create(ActorType.Group, hub.username(), hub.name(), hub.summary(), emptyToNull(hub.icon()), fresh);
        }
        Actor actor = existing.get();
        if (!Objects.equals(actor.displayName(), hub.name()) || !Objects.equals(actor.summary(), hub.summary())
                || !Objects.equals(actor.iconUrl(), emptyToNull(hub.icon()))) {
            LOG.info("event=hub_profile_updated username={}", actor.username());
            Actor updated = actors.update(actor.withProfile(hub.name(), hub.summary(), emptyToNull(hub.icon())));
            profileChanges.publishEvent(new LocalProfileChanged(updated));
            return updated;
        }
        return actor;
    }

    @Transactional
    public Actor ensureInstanceActor(String displayName) {
        KeyPair fresh = keyIfMissing(INSTANCE_ACTOR_USERNAME);
        locks.lockForTransaction(AdvisoryLocks.Key.LOCAL_ACTORS);
        return actors.findLocal(INSTANCE_ACTOR_USERNAME)
                .orElseGet(() -> create(ActorType.Application, INSTANCE_ACTOR_USERNAME, displayName, "", null, fresh));
    }

    /**
     * The relay actor (an Application named {@code relay}, with its own key), created when this instance first
     * offers a relay; empty when a member already has that name.
     */
    @Transactional
    public Optional<Actor> ensureRelayActor(String displayName) {
        KeyPair fresh = keyIfMissing(Uris.RELAY_USERNAME);
        locks.lockForTransaction(AdvisoryLocks.Key.LOCAL_ACTORS);
        Optional<Actor> existing = actors.findLocal(Uris.RELAY_USERNAME);
        if (existing.isPresent()) {
            return existing.filter(LocalActorUris::isRelay);
        }
        return Optional.of(create(ActorType.Application, Uris.RELAY_USERNAME, displayName,
                "Re-announces the public posts of the hubs that subscribe to it.", null, fresh));
    }

    /**
     * A new key pair when the actor does not exist yet, made before taking the lock: generating an RSA-2048 key
     * takes a tenth of a second to a second, and the hub's two actors can then have theirs made at once.
     */
    private KeyPair keyIfMissing(String username) {
        return actors.findLocal(username).isPresent() ? null : FirstStartKeys.take();
    }

    /**
     * Creates a member's {@code Person} actor with its own key, on the same path as the hub's actors, inside the
     * caller's transaction; empty when a local actor already has the username (in any letter case).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<Actor> createPerson(String username, String displayName) {
        KeyPair pair = KeyPairs.rsa2048();
        locks.lockForTransaction(AdvisoryLocks.Key.LOCAL_ACTORS);
        if (actors.findLocal(username).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(create(ActorType.Person, username, displayName, "", null, pair));
    }

    /**
     * Stores a local actor's new public profile and tells its followers, inside the caller's transaction. Called
     * also when only a field supplied by a {@link ProfileFieldSource} changed, so followers see that too.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Actor updateProfile(Actor actor, String displayName, String summary, boolean discoverable) {
        Actor updated = actors.update(actor.withProfile(displayName, summary, actor.iconUrl())
                .withDiscoverable(discoverable));
        profileChanges.publishEvent(new LocalProfileChanged(updated));
        return updated;
    }

    /** A local actor's new avatar (or none), told to its followers; inside the caller's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Actor updateIcon(Actor actor, String iconUrl) {
        Actor updated = actors.update(actor.withProfile(actor.displayName(), actor.summary(), iconUrl));
        profileChanges.publishEvent(new LocalProfileChanged(updated));
        return updated;
    }

    /** The PKCS#8 PEM private key of a local actor. */
    public String privateKeyPem(Actor actor) {
        return keys.findById(Objects.requireNonNull(actor.id(), "unsaved actor"))
                .orElseThrow(() -> new IllegalStateException("local actor " + actor.username() + " has no key"))
                .privateKeyPem();
    }

    private Actor create(ActorType type, String username, String name, String summary, String icon, KeyPair fresh) {
        // Another process may have created the actor between our look and the lock: then we were not given a key.
        KeyPair pair = fresh != null ? fresh : KeyPairs.rsa2048();
        Actor saved = actors.save(
                Actor.newLocal(type, username, name, summary, icon, PemKeys.encode(pair.getPublic())));
        keys.save(new ActorKey(saved.id(), PemKeys.encode(pair.getPrivate())));
        LOG.info("event=local_actor_created type={} username={}", type, username);
        return saved;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
