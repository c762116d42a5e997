package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A FEP-521a {@code assertionMethod} entry of type {@code Multikey} (usually Ed25519). Also the
 * record {@link ActivityJson#read} returns for a stand-alone {@code Multikey} document, as Fedify and
 * Mitra serve one at its key id.
 *
 * @param id                 the key id
 * @param controller         the actor controlling the key
 * @param publicKeyMultibase the key, multibase encoded ({@code z6Mk...})
 * @param extra              other properties
 */
public record Multikey(URI id, URI controller, String publicKeyMultibase, Extras extra) implements ApObject {

    @Override
    public String type() {
        return "Multikey";
    }

    /** @return a key with no extras */
    public static Multikey of(URI id, URI controller, String publicKeyMultibase) {
        return new Multikey(id, controller, publicKeyMultibase, Extras.EMPTY);
    }
}
