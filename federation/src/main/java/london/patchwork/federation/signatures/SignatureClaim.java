package london.patchwork.federation.signatures;

import java.util.Optional;

/**
 * A parsed, not yet verified, signature of an incoming request: what the sender claims. Nothing in
 * it is trustworthy until {@link SignatureVerifier#verify} says so.
 */
public sealed interface SignatureClaim extends ClaimOutcome permits CavageSignature, MessageSignature {

    /** @return the format the signature is in */
    SignatureScheme scheme();

    /** @return the key identifier the sender names: for ActivityPub, the URI of the actor's key */
    String keyId();

    /** @return the algorithm name the signature declares, if it declares one */
    Optional<String> declaredAlgorithm();
}
