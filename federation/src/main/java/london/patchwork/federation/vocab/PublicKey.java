package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * An actor's {@code publicKey} (security v1), the key HTTP signatures are checked against. Also the
 * record {@link ActivityJson#read} returns for a stand-alone key document, one whose type is
 * {@code Key} or {@code CryptographicKey} (what some servers serve at a key id), so a caller resolving
 * a key can write {@code if (json.read(bytes) instanceof PublicKey key) owner = key.owner()}.
 *
 * @param id           the key id signatures name ({@code ...#main-key}; GoToSocial: {@code .../main-key})
 * @param type         the declared type ({@code Key} from Misskey, {@code CryptographicKey}), usually null
 *                     on an actor's key
 * @param owner        the actor the key belongs to; must equal the actor it was found on
 * @param publicKeyPem the key, PEM encoded (SPKI, or PKCS#1 from Mobilizon)
 * @param extra        other properties
 */
public record PublicKey(URI id, String type, URI owner, String publicKeyPem, Extras extra) implements ApObject {

    /** @return a key with no declared type and no extras */
    public static PublicKey of(URI id, URI owner, String publicKeyPem) {
        return new PublicKey(id, null, owner, publicKeyPem, Extras.EMPTY);
    }
}
