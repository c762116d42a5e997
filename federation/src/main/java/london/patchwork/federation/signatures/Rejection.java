package london.patchwork.federation.signatures;

/**
 * Internal control flow for a verification step that has decided to reject the request. It never
 * leaves the package: {@link SignatureVerifier} turns it into a {@link VerificationResult.Failed}.
 * No stack trace is captured because rejections are ordinary and frequent (a hostile peer can make
 * every request fail).
 */
final class Rejection extends RuntimeException {

    private final transient FailureReason reason;

    Rejection(FailureReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    FailureReason reason() {
        return reason;
    }

    VerificationResult.Failed toFailure() {
        return new VerificationResult.Failed(reason, getMessage());
    }
}
