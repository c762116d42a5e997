package london.patchwork.federation.jsonld;

/**
 * The one exception the {@code jsonld} package lets escape: the input was not JSON, broke a limit, or
 * was JSON-LD that cannot be processed. {@link #kind()} says which, so callers can count and log
 * rejections without parsing messages.
 */
public final class JsonLdException extends RuntimeException {

    /** Why a document was rejected. */
    public enum Kind {
        /** Not well-formed JSON (syntax error, truncated, duplicate keys). */
        MALFORMED_JSON,
        /** Larger, deeper or longer than {@link JsonLimits} allows. */
        LIMIT_EXCEEDED,
        /** Well-formed JSON whose root is not a single object. */
        NOT_AN_OBJECT,
        /** JSON-LD the processor refused (invalid context, protected term redefinition, ...). */
        INVALID_JSON_LD,
        /** JSON-LD processing took longer than the configured deadline. */
        TIMEOUT
    }

    /** Why the document was rejected (part of the serialised form). */
    private final Kind kind;

    /**
     * @param kind    why the document was rejected
     * @param message what was wrong, for logs
     * @param cause   the underlying exception, or null
     */
    public JsonLdException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** @return why the document was rejected */
    public Kind kind() {
        return kind;
    }
}
