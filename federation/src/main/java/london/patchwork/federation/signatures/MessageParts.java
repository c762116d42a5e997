package london.patchwork.federation.signatures;

import java.util.Locale;

/**
 * The parts of an HTTP message that RFC 9421 components are derived from. Requests come from an
 * {@link IncomingRequest} or an {@link OutgoingRequest}; a response form exists so that the
 * published response vectors can be checked too.
 *
 * @param method  request method, {@code null} for a response
 * @param target  request target as on the request line, {@code null} for a response
 * @param scheme  {@code https} or {@code http}
 * @param status  response status code, or -1 for a request
 * @param headers header fields
 */
record MessageParts(String method, String target, String scheme, int status, HeaderMap headers) {

    static MessageParts of(IncomingRequest request) {
        return new MessageParts(request.method(), request.target(), request.scheme().toLowerCase(Locale.ROOT), -1,
                request.headers());
    }

    static MessageParts response(int status, HeaderMap headers) {
        return new MessageParts(null, null, "https", status, headers);
    }

    boolean isRequest() {
        return method != null;
    }
}
