package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A FEP-521a {@code assertionMethod} entry of type {@code Multikey} (usually Ed25519).
 *
 * @param id                 the key id
 * @param controller         the actor controlling the key
 * @param publicKeyMultibase the key, multibase encoded ({@code z6Mk...})
 * @param extra              other properties
 */
public record Multikey(URI id, URI controller, String publicKeyMultibase, Extras extra) {

    /** @return a key with no extras */
    public static Multikey of(URI id, URI controller, String publicKeyMultibase) {
        return new Multikey(id, controller, publicKeyMultibase, Extras.EMPTY);
    }
}
