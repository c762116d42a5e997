package london.patchwork.server.livinglab;

import java.net.URI;
import java.security.KeyPair;
import london.patchwork.federation.signatures.CavageSigner;
import london.patchwork.federation.signatures.RequestSigner;

/**
 * One simulated person on the residents' instance, with the RSA key they sign with and the addresses Mastodon would
 * give them.
 *
 * @param index       0..N-1, as the plan numbers residents
 * @param username    {@code r0000}...
 * @param displayName shown by hubs next to their replies
 * @param id          their actor id, {@code {base}/users/{username}}
 */
public record Resident(int index, String username, String displayName, URI id, KeyPair keys, RequestSigner signer) {

    static Resident create(int index, String username, String displayName, String baseUrl, KeyPair keys) {
        URI id = URI.create(baseUrl + "/users/" + username);
        // rsa-sha256 over (request-target) host date digest content-type: exactly what Mastodon sends.
        return new Resident(index, username, displayName, id, keys,
                CavageSigner.rsaSha256(id + "#main-key", keys.getPrivate()));
    }

    public URI keyId() {
        return URI.create(id + "#main-key");
    }

    public URI inbox() {
        return URI.create(id + "/inbox");
    }

    public URI outbox() {
        return URI.create(id + "/outbox");
    }

    public URI followers() {
        return URI.create(id + "/followers");
    }

    public URI following() {
        return URI.create(id + "/following");
    }

    /** The id of the resident's {@code n}th note. */
    public URI status(long n) {
        return URI.create(id + "/statuses/" + n);
    }

    /** The id of the resident's {@code n}th activity. */
    public URI activity(long n) {
        return URI.create(id + "/activities/" + n);
    }
}
