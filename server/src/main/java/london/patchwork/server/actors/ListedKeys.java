package london.patchwork.server.actors;

import london.patchwork.federation.signatures.KeyFormatException;
import london.patchwork.federation.signatures.Multikey;
import london.patchwork.federation.signatures.PemKeys;
import london.patchwork.federation.vocab.Actor;
import london.patchwork.federation.vocab.PublicKey;

import java.net.URI;
import java.util.Optional;

/**
 * The keys an actor document lists for verifying its signatures: its {@code publicKey} entries (Mastodon's
 * security v1 shape) and its FEP-521a {@code assertionMethod} Multikeys, where Fedify publishes Ed25519 keys
 * and nowhere else. A Multikey is turned into the same {@link PublicKey} shape (PEM), so the actors table
 * stores either kind alike.
 */
final class ListedKeys {

    private ListedKeys() {
    }

    /** The key with exactly this id, if the actor lists one and names no other owner or controller for it. */
    static Optional<PublicKey> find(Actor actor, URI keyId) {
        Optional<PublicKey> key = actor.publicKeys().stream().filter(candidate -> keyId.equals(candidate.id()))
                .findFirst();
        if (key.isEmpty()) {
            key = actor.actorFields().assertionMethod().stream()
                    .filter(candidate -> keyId.equals(candidate.id()) && candidate.publicKeyMultibase() != null)
                    .findFirst()
                    .flatMap(multikey -> asPublicKey(multikey, actor.id()));
        }
        return key.filter(found -> found.owner() == null || found.owner().equals(actor.id()));
    }

    private static Optional<PublicKey> asPublicKey(london.patchwork.federation.vocab.Multikey multikey, URI actorId) {
        try {
            String pem = PemKeys.encode(Multikey.decode(multikey.publicKeyMultibase()));
            URI controller = multikey.controller() == null ? actorId : multikey.controller();
            return Optional.of(PublicKey.of(multikey.id(), controller, pem));
        } catch (KeyFormatException unreadable) {
            return Optional.empty();
        }
    }
}
