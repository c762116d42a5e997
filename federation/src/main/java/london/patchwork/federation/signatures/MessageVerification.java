package london.patchwork.federation.signatures;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The verification steps for an RFC 9421 signature, in the same order as for draft-cavage. */
final class MessageVerification {

    private MessageVerification() {
    }

    static VerificationResult.Verified verify(IncomingRequest request, MessageSignature signature, VerificationKey key,
                                              Instant now, VerificationPolicy policy) {
        SignatureAlgorithm algorithm = algorithm(signature, key);
        TimeWindow.check(signature.created().orElse(null), signature.expires().orElse(null), now, policy);
        if (policy.coverage() == VerificationPolicy.Coverage.ACTIVITYPUB) {
            if (Coverage.needsDigest(request) && !request.headers().contains("content-digest")) {
                throw new Rejection(FailureReason.DIGEST_MISSING, "a request with a body needs a Content-Digest header");
            }
            Coverage.checkMessage(signature, request);
        }
        if (signature.coveredComponents().contains("content-digest")) {
            DigestCheck.checkContentDigest(request.headers(), request.body());
        }
        if (signature.coveredComponents().contains("digest")) {
            DigestCheck.checkDigest(request.headers(), request.body());
        }
        String base = signatureBase(request, signature);
        if (CryptoEngine.verify(algorithm, key.key(), base.getBytes(StandardCharsets.UTF_8),
                signature.signatureBytes())) {
            return new VerificationResult.Verified(signature.keyId(), SignatureScheme.RFC_9421, algorithm);
        }
        throw new Rejection(FailureReason.WRONG_KEY,
                "Verification failed for " + signature.keyId() + " using " + algorithm.rfc9421Name());
    }

    static String signatureBase(IncomingRequest request, MessageSignature signature) {
        return SignatureBase.build(MessageParts.of(request), signature.components(), signature.signatureParams());
    }

    /** An {@code alg} parameter must name a known algorithm that suits the key; without one the key decides. */
    static SignatureAlgorithm algorithm(MessageSignature signature, VerificationKey key) {
        KeyKind kind = key.kind();
        if (signature.declaredAlgorithm().isEmpty()) {
            return key.pinnedAlgorithm().orElse(SignatureAlgorithm.defaultFor(kind));
        }
        String name = signature.declaredAlgorithm().get();
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromRfc9421Name(name).orElseThrow(
                () -> new Rejection(FailureReason.UNKNOWN_ALGORITHM, "Unsupported signature algorithm " + name));
        if (algorithm.keyKind() != kind || key.pinnedAlgorithm().map(p -> p != algorithm).orElse(false)) {
            throw new Rejection(FailureReason.ALGORITHM_KEY_MISMATCH,
                    "algorithm " + name + " cannot be verified with a " + key.key().getAlgorithm() + " key");
        }
        return algorithm;
    }
}
