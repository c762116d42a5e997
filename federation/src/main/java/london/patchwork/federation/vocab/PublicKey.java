package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * An actor's {@code publicKey} (security v1), the key HTTP signatures are checked against.
 *
 * @param id           the key id signatures name ({@code ...#main-key}; GoToSocial: {@code .../main-key})
 * @param type         the declared type ({@code Key} from Misskey), usually null
 * @param owner        the actor the key belongs to; must equal the actor it was found on
 * @param publicKeyPem the key, PEM encoded (SPKI, or PKCS#1 from Mobilizon)
 * @param extra        other properties
 */
public record PublicKey(URI id, String type, URI owner, String publicKeyPem, Extras extra) {

    /** @return a key with no declared type and no extras */
    public static PublicKey of(URI id, URI owner, String publicKeyPem) {
        return new PublicKey(id, null, owner, publicKeyPem, Extras.EMPTY);
    }
}
