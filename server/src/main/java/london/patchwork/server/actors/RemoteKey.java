package london.patchwork.server.actors;

import java.security.PublicKey;

/**
 * A remote actor's verified public key: the key document's owner lists this key.
 *
 * @param actor the owner, as stored
 * @param key   the parsed key
 */
public record RemoteKey(Actor actor, PublicKey key) {
}
