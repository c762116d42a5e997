package london.patchwork.federation.signatures;

/**
 * Thrown for programmer errors when using the signatures package: a missing argument, a key that
 * cannot sign with the chosen algorithm, a malformed outgoing request. Ordinary verification
 * failures of incoming requests are never thrown; they are returned as
 * {@link VerificationResult.Failed}.
 */
public class HttpSignatureException extends RuntimeException {

    /**
     * @param message what was wrong, in one sentence
     */
    public HttpSignatureException(String message) {
        super(message);
    }

    /**
     * @param message what was wrong, in one sentence
     * @param cause   the underlying error
     */
    public HttpSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
