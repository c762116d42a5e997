package london.patchwork.federation.signatures;

import java.security.Key;
import java.security.PublicKey;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The key a signature is checked against, optionally pinned to one algorithm. RFC 9421 lets the
 * key's metadata decide the algorithm when the signature does not say; pinning is how a caller
 * who knows (for example, that a key is for RSA-PSS) says so. Without a pin, an RSA key means
 * {@code rsa-v1_5-sha256}, a P-256 key {@code ecdsa-p256-sha256}, an Ed25519 key {@code ed25519}.
 */
public final class VerificationKey {

    private final Key key;
    private final KeyKind kind;
    private final SignatureAlgorithm pinned;

    private VerificationKey(Key key, KeyKind kind, SignatureAlgorithm pinned) {
        this.key = key;
        this.kind = kind;
        this.pinned = pinned;
    }

    /**
     * @param key an RSA, P-256 or Ed25519 public key
     * @return a key whose algorithm follows from its type
     * @throws HttpSignatureException if the key type is not supported
     */
    public static VerificationKey of(PublicKey key) {
        return create(key, null);
    }

    /**
     * @param key       a public key
     * @param algorithm the only algorithm this key may be used with
     * @return a pinned key
     * @throws HttpSignatureException if the key does not suit the algorithm
     */
    public static VerificationKey of(PublicKey key, SignatureAlgorithm algorithm) {
        return create(key, Checks.notNull(algorithm, "algorithm"));
    }

    /**
     * @param secret a shared HMAC secret
     * @return a key for {@code hmac-sha256}
     */
    public static VerificationKey ofSecret(SecretKey secret) {
        return create(secret, SignatureAlgorithm.HMAC_SHA256);
    }

    /** @return the key */
    public Key key() {
        return key;
    }

    /** @return the algorithm the key is pinned to, if any */
    public Optional<SignatureAlgorithm> pinnedAlgorithm() {
        return Optional.ofNullable(pinned);
    }

    KeyKind kind() {
        return kind;
    }

    private static VerificationKey create(Key key, SignatureAlgorithm pinned) {
        Checks.notNull(key, "key");
        KeyKind kind = KeyKind.of(key).orElseThrow(
                () -> new HttpSignatureException("unsupported key type " + key.getAlgorithm()));
        if (pinned != null && pinned.keyKind() != kind) {
            throw new HttpSignatureException(pinned.rfc9421Name() + " cannot use a " + key.getAlgorithm() + " key");
        }
        return new VerificationKey(key, kind, pinned);
    }
}
