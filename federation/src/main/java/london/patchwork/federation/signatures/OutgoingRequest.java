package london.patchwork.federation.signatures;

import java.net.URI;
import java.util.Map;

/**
 * An HTTP request about to be sent, as a signer sees it.
 *
 * @param method  upper-case HTTP method
 * @param target  the absolute URL requested
 * @param headers headers already set (for example {@code Accept} or {@code Content-Type}); names case-insensitive
 * @param body    the body, empty for a GET
 */
public record OutgoingRequest(String method, URI target, Map<String, String> headers, byte[] body) {

    /** Copies the headers; a missing body becomes empty, and missing parts are programmer errors. */
    public OutgoingRequest {
        Checks.notBlank(method, "method");
        Checks.notNull(target, "target");
        Checks.notNull(headers, "headers");
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }
}
