package london.patchwork.federation.fetch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;

/**
 * Parses fetched bodies into JSON objects, strictly: duplicate keys and trailing content are
 * errors (two parsers must never disagree about which {@code id} a document has), and nesting
 * is bounded.
 */
final class JsonBodies {

    /** Deep enough for any real ActivityStreams document, shallow enough to stop a stack-exhaustion attempt. */
    static final int MAX_NESTING = 200;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBodies() {
    }

    /** Parses the body as a JSON object and, for ActivityPub, checks its id against the URL. */
    static FetchedJson check(FetchResponse response, DocumentKind kind) throws FetchException {
        JsonNode json = parseObject(response.url(), response.body());
        if (kind == DocumentKind.ACTIVITY_PUB) {
            JsonNode id = json.get("id");
            String declared = id != null && id.isTextual() ? id.textValue() : null;
            if (!response.url().toString().equals(declared)) {
                throw new FetchException.IdMismatch(response.url(), declared);
            }
        }
        return new FetchedJson(response.url(), response.mediaType().orElseThrow(), json);
    }

    static JsonNode parseObject(URI source, byte[] body) throws FetchException {
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new FetchException.InvalidDocument(source, "not JSON: " + e.getMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new FetchException.InvalidDocument(source, "not a JSON object", null);
        }
        return json;
    }
}
