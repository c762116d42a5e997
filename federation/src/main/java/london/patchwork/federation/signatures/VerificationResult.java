package london.patchwork.federation.signatures;

/** The outcome of verifying a request's signature: {@link Verified} or {@link Failed}. */
public sealed interface VerificationResult permits VerificationResult.Verified, VerificationResult.Failed {

    /** @return whether the signature was accepted */
    default boolean isVerified() {
        return this instanceof Verified;
    }

    /**
     * The signature is valid, fresh enough, covers what the policy requires, and the body matches
     * its digest.
     *
     * @param keyId     the key that signed; the server still checks that it belongs to the activity's actor
     * @param scheme    the signature format
     * @param algorithm the algorithm that verified
     */
    record Verified(String keyId, SignatureScheme scheme, SignatureAlgorithm algorithm) implements VerificationResult {
    }

    /**
     * The signature was not accepted.
     *
     * @param reason  the category, for status codes and metrics
     * @param message a short explanation fit for a log line or a 401 body (never secret material)
     */
    record Failed(FailureReason reason, String message) implements VerificationResult, ClaimOutcome {
    }
}
