package london.patchwork.federation.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * A successful GET response, or a conditional GET's "not modified".
 *
 * @param url     the URL the body came from: the one asked for, or after redirects the last one
 * @param status  the 2xx status, or 304 (with no body) answering {@link FetchClient#getConditional}
 * @param headers the response headers
 * @param body    the body, at most the policy's cap
 */
public record FetchResponse(URI url, int status, HttpHeaders headers, byte[] body) {

    /** The parsed {@code Content-Type}, when present and well-formed. */
    public Optional<MediaType> mediaType() {
        return headers.first("Content-Type").flatMap(MediaType::parse);
    }
}
