package london.patchwork.federation.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Map;

/**
 * Converts between Jackson trees (what the rest of Patchwork uses) and Jakarta JSON (what Titanium
 * uses). Numbers come back as the node types {@link JsonInput} parses them into (ints, longs, big
 * integers, exact decimals), so a document that goes through the full path compares equal to one
 * that took the fast path.
 */
final class JakartaBridge {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JakartaBridge() {
    }

    /** @return the builder factory Titanium's own values are made with */
    static JsonProvider provider() {
        return JSON;
    }

    /**
     * Jackson to Jakarta. Inside {@code @context} values, {@code "@language": "und"} is left out:
     * "undetermined" is no language at all, and keeping it would turn every plain string of the
     * document (Mobilizon sets it) into a language-tagged one.
     */
    static JsonValue toJakarta(JsonNode node) {
        return toJakarta(node, false);
    }

    private static JsonValue toJakarta(JsonNode node, boolean inContext) {
        if (node.isObject()) {
            JsonObjectBuilder b = JSON.createObjectBuilder();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (inContext && e.getKey().equals("@language") && e.getValue().isTextual()
                        && e.getValue().asText().equalsIgnoreCase("und")) {
                    continue;
                }
                b.add(e.getKey(), toJakarta(e.getValue(), inContext || e.getKey().equals("@context")));
            }
            return b.build();
        }
        if (node.isArray()) {
            JsonArrayBuilder b = JSON.createArrayBuilder();
            node.forEach(item -> b.add(toJakarta(item, inContext)));
            return b.build();
        }
        if (node.isTextual()) {
            return JSON.createValue(node.asText());
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (node.isIntegralNumber()) {
            return JSON.createValue(node.bigIntegerValue());
        }
        if (node.isNumber()) {
            return JSON.createValue(node.decimalValue());
        }
        return JsonValue.NULL;
    }

    /** Jakarta to Jackson. */
    static JsonNode toJackson(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                ObjectNode o = NODES.objectNode();
                ((JsonObject) value).forEach((k, v) -> o.set(k, toJackson(v)));
                return o;
            }
            case ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                ((JsonArray) value).forEach(v -> a.add(toJackson(v)));
                return a;
            }
            case STRING -> {
                return NODES.textNode(((JsonString) value).getString());
            }
            case NUMBER -> {
                return number((JsonNumber) value);
            }
            case TRUE -> {
                return NODES.booleanNode(true);
            }
            case FALSE -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }

    private static JsonNode number(JsonNumber n) {
        if (n.isIntegral()) {
            return NumberNodes.integral(n.bigIntegerValue());
        }
        return DecimalNode.valueOf(n.bigDecimalValue());
    }
}
