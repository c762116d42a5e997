package london.patchwork.federation.signatures;

import java.util.Optional;

/**
 * A parsed, not yet verified, signature of an incoming request: what the sender claims. Nothing in
 * it is trustworthy until {@link SignatureVerifier#verify} says so.
 */
public abstract sealed class SignatureClaim implements ClaimOutcome permits CavageSignature, MessageSignature {

    private final String keyId;
    private final String algorithm;
    private final byte[] signature;

    SignatureClaim(String keyId, String algorithm, byte[] signature) {
        this.keyId = keyId;
        this.algorithm = algorithm;
        this.signature = signature.clone();
    }

    /** @return the format the signature is in */
    public abstract SignatureScheme scheme();

    /** @return the key identifier the sender names: for ActivityPub, the URI of the actor's key */
    public String keyId() {
        return keyId;
    }

    /**
     * @return the algorithm name the signature declares ({@code algorithm} in draft-cavage,
     *         {@code alg} in RFC 9421), if it declares one
     */
    public Optional<String> declaredAlgorithm() {
        return Optional.ofNullable(algorithm);
    }

    byte[] signatureBytes() {
        return signature;
    }
}
