package london.patchwork.federation.vocab;

/**
 * The one exception {@link ActivityJson} lets escape when reading: the bytes were not a usable
 * ActivityStreams document. {@link #reason()} classifies the failure for logs and metrics.
 */
public final class VocabException extends RuntimeException {

    /** Why a document was rejected. */
    public enum Reason {
        /** Not well-formed JSON. */
        MALFORMED_JSON,
        /** Larger, deeper or slower than the configured limits. */
        LIMIT_EXCEEDED,
        /** The root is not a single JSON object. */
        NOT_AN_OBJECT,
        /** JSON-LD that cannot be processed (invalid or contradictory contexts). */
        INVALID_JSON_LD,
        /** A property that must be an IRI or a type name holds something else. */
        INVALID_VALUE,
        /** The document is valid but not of the type the caller asked for. */
        UNEXPECTED_TYPE
    }

    /** Why the document was rejected (part of the serialised form). */
    private final Reason reason;

    /**
     * @param reason  the classification
     * @param message what was wrong, naming the property where there is one
     * @param cause   the underlying exception, or null
     */
    public VocabException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** @return why the document was rejected */
    public Reason reason() {
        return reason;
    }
}
