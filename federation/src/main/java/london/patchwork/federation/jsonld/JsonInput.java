package london.patchwork.federation.jsonld;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Bytes to a Jackson tree under {@link JsonLimits}. Both the fast path and the full JSON-LD path
 * start here, so the limits hold whichever path a document takes.
 */
public final class JsonInput {

    private final JsonLimits limits;
    private final ObjectMapper mapper;

    /** @param limits the bounds to enforce */
    public JsonInput(JsonLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxDocumentLength(limits.maxBytes())
                .maxTokenCount(limits.maxTokens())
                .maxNumberLength(100)
                // Compaction can turn a value (an IRI) into a key, so keys get the same bound as strings:
                // whatever we accept and write back must parse again.
                .maxNameLength(limits.maxStringLength())
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        this.mapper = JsonMapper.builder(factory)
                // Duplicate keys are ambiguous: a signature checker and a reader could see different values.
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // Exact decimals: coordinates and extension numbers are written back exactly as received,
                // and 1e999 stays a number instead of becoming Infinity.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                // ...but 1.0E1 is written back as 10, so it is an integer node from the start.
                .nodeFactory(NumberNodes.INSTANCE)
                .build();
    }

    /** @return the limits this input enforces */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * Parses one JSON object.
     *
     * @param json the raw bytes (UTF-8, UTF-16 or UTF-32, detected by Jackson)
     * @return the root object
     * @throws JsonLdException if the bytes are not one JSON object within the limits
     */
    public ObjectNode parseObject(byte[] json) {
        if (json == null || json.length == 0) {
            throw new JsonLdException(JsonLdException.Kind.MALFORMED_JSON, "empty document", null);
        }
        if (json.length > limits.maxBytes()) {
            throw new JsonLdException(JsonLdException.Kind.LIMIT_EXCEEDED,
                    "document of " + json.length + " bytes exceeds " + limits.maxBytes(), null);
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new JsonLdException(JsonLdException.Kind.LIMIT_EXCEEDED, e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new JsonLdException(JsonLdException.Kind.MALFORMED_JSON, e.getOriginalMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new JsonLdException(JsonLdException.Kind.MALFORMED_JSON, String.valueOf(e.getMessage()), e);
        }
        if (!(root instanceof ObjectNode object)) {
            throw new JsonLdException(JsonLdException.Kind.NOT_AN_OBJECT,
                    "root is " + (root == null ? "missing" : root.getNodeType()), null);
        }
        return object;
    }
}
