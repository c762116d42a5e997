package london.patchwork.federation.signatures;

/**
 * A received HTTP request as the verifier needs it, independent of any web framework.
 *
 * @param method  the HTTP method as received, for example {@code POST}
 * @param target  the request target exactly as on the request line: normally the path with its
 *                query ({@code /users/alice/inbox?x=1}), not decoded or normalised
 * @param headers the header fields, case-insensitive and multi-valued
 * @param body    the raw body bytes (empty when there is none)
 * @param scheme  {@code https} or {@code http}: the scheme the client used, which a server behind
 *                a TLS-terminating proxy knows from its configuration rather than from the socket.
 *                RFC 9421's {@code @target-uri} and {@code @scheme} depend on it.
 */
public record IncomingRequest(String method, String target, HeaderMap headers, byte[] body, String scheme) {

    /** Validates the parts; a missing body becomes empty and a missing scheme {@code https}. */
    public IncomingRequest {
        Checks.notBlank(method, "method");
        Checks.notBlank(target, "target");
        Checks.notNull(headers, "headers");
        body = body == null ? new byte[0] : body;
        scheme = scheme == null ? "https" : scheme;
    }

    /**
     * A request received over HTTPS, the normal case for federation.
     *
     * @param method  the HTTP method
     * @param target  the path with query as received
     * @param headers the header fields
     * @param body    the raw body, or {@code null} for none
     */
    public IncomingRequest(String method, String target, HeaderMap headers, byte[] body) {
        this(method, target, headers, body, "https");
    }
}
