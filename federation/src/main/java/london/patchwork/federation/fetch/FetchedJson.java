package london.patchwork.federation.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/**
 * A JSON object fetched and checked: its media type fits what was asked for and, for an
 * ActivityPub document, its {@code id} is {@link #url()}.
 *
 * @param url       the URL the document came from (after redirects, the last one)
 * @param mediaType its media type
 * @param json      the parsed object; callers treat it as read-only
 */
public record FetchedJson(URI url, MediaType mediaType, JsonNode json) {
}
