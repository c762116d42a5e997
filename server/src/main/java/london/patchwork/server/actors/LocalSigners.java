package london.patchwork.server.actors;

import jakarta.inject.Singleton;
import london.patchwork.federation.signatures.CavageSigner;
import london.patchwork.federation.signatures.PemKeys;
import london.patchwork.federation.signatures.RequestSigner;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request signers for local actors: draft-cavage {@code rsa-sha256}, which every fediverse server
 * verifies. Parsing a private key is slow next to signing, so each actor's signer is made once.
 */
@Singleton
public class LocalSigners {

    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final Map<Long, RequestSigner> signers = new ConcurrentHashMap<>();

    public LocalSigners(LocalActors localActors, LocalActorUris actorUris) {
        this.localActors = localActors;
        this.actorUris = actorUris;
    }

    public RequestSigner forActor(Actor actor) {
        Objects.requireNonNull(actor.id(), "unsaved actor");
        return signers.computeIfAbsent(actor.id(), id -> CavageSigner.rsaSha256(actorUris.keyId(actor).toString(),
                PemKeys.parsePrivateKey(localActors.privateKeyPem(actor))));
    }

    /** The server's own actor signs the hub's GETs, for servers that refuse unsigned fetches. */
    public RequestSigner forInstance() {
        return forActor(localActors.find(LocalActors.INSTANCE_ACTOR_USERNAME)
                .orElseThrow(() -> new IllegalStateException("the instance actor is created at start-up")));
    }
}
