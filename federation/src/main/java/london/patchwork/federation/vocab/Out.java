package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes one JSON object, leaving out what is absent. A one-element list is written as a single
 * value unless the property is one peers expect as an array ({@code to}, {@code tag}, ...).
 */
final class Out {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode node = NODES.objectNode();
    private final VocabEncoder encoder;

    Out(VocabEncoder encoder) {
        this.encoder = encoder;
    }

    ObjectNode node() {
        return node;
    }

    void text(String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    void bool(String key, Boolean value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    void integer(String key, Integer value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    void decimal(String key, Double value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    void instant(String key, Instant value) {
        if (value != null) {
            node.put(key, value.toString());
        }
    }

    void dateTime(String key, OffsetDateTime value) {
        if (value != null) {
            node.put(key, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }

    void uri(String key, URI value) {
        if (value != null) {
            node.put(key, value.toString());
        }
    }

    void uris(String key, List<URI> values, boolean asArray) {
        many(key, values.stream().map(u -> (JsonNode) NODES.textNode(u.toString())).toList(), asArray);
    }

    void texts(String key, List<String> values) {
        many(key, values.stream().map(s -> (JsonNode) NODES.textNode(s)).toList(), false);
    }

    void decimals(String key, List<Double> values) {
        many(key, values.stream().map(d -> (JsonNode) NODES.numberNode(d)).toList(), true);
    }

    void ref(String key, Ref<? extends ApObject> ref) {
        if (ref != null) {
            node.set(key, value(ref));
        }
    }

    void refs(String key, List<? extends Ref<? extends ApObject>> refs, boolean asArray) {
        many(key, refs.stream().map(this::value).toList(), asArray);
    }

    void langMap(String key, Map<String, String> map) {
        if (!map.isEmpty()) {
            ObjectNode o = node.putObject(key);
            map.forEach(o::put);
        }
    }

    void set(String key, JsonNode value) {
        if (value != null) {
            node.set(key, value);
        }
    }

    /** Writes {@code type}: the record's type, followed by any extra types. */
    void type(String type, Extras extras) {
        Extras extra = encoder.extra(extras);
        if (extra.types().isEmpty()) {
            text("type", type);
            return;
        }
        ArrayNode types = node.putArray("type");
        if (type != null) {
            types.add(type);
        }
        extra.types().forEach(types::add);
    }

    /**
     * Writes the extras. An extra under a key a typed property also wrote holds the elements of that
     * list the reader set aside ({@code tag} entries it could not read); they are written after the
     * typed ones, so the property reads back to the same record.
     */
    void extras(Extras extras) {
        encoder.extra(extras).view().forEach((k, v) -> {
            JsonNode typed = node.get(k);
            if (typed == null) {
                node.set(k, v.deepCopy());
                return;
            }
            ArrayNode merged = NODES.arrayNode();
            addAll(merged, typed);
            addAll(merged, v.deepCopy());
            node.set(k, merged);
        });
    }

    private static void addAll(ArrayNode into, JsonNode value) {
        if (value.isArray()) {
            into.addAll((ArrayNode) value);
        } else {
            into.add(value);
        }
    }

    private JsonNode value(Ref<? extends ApObject> ref) {
        return switch (ref) {
            case Ref.ById<?> byId -> NODES.textNode(byId.id().toString());
            case Ref.Embedded<?> embedded -> encoder.body(embedded.object());
        };
    }

    /** @return an embedded object, written as the encoder writes any (keys, embedded values) */
    ObjectNode embed(ApObject object) {
        return encoder.body(object);
    }

    /** @return a writer for a nested value object that is not an {@link ApObject} (key, endpoints) */
    Out nested() {
        return new Out(encoder);
    }

    void many(String key, List<? extends JsonNode> values, boolean asArray) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1 && !asArray) {
            node.set(key, values.get(0));
            return;
        }
        ArrayNode array = node.putArray(key);
        values.forEach(array::add);
    }
}
