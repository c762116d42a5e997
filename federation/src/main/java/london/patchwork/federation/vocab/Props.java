package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the properties of one JSON object and remembers which it used; whatever is left becomes
 * the record's {@link Extras}. A property whose value has an unexpected shape is simply not used,
 * so it ends up in the extras too: lossless, and never an exception for a wrong type.
 *
 * <p>Single-valued readers accept a value or a one-element array (compaction unwraps those, raw
 * JSON may not); list readers accept a value or an array. Nulls and empty arrays mean absent.
 */
final class Props {

    private final ObjectNode node;
    private final VocabDecoder decoder;
    private final List<String> types;
    private final String chosenType;
    private final Set<String> used = new HashSet<>();

    Props(ObjectNode node, VocabDecoder decoder, List<String> types, String chosenType) {
        this.node = node;
        this.decoder = decoder;
        this.types = types;
        this.chosenType = chosenType;
    }

    VocabDecoder decoder() {
        return decoder;
    }

    /** @return the type the record being read stands for, or null (untyped, or a value whose type is not modelled) */
    String primaryType() {
        return chosenType;
    }

    /** @return true when the object has a non-null {@code key} */
    boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** @return the {@code id}; null when absent or empty */
    URI id() {
        used.add("id");
        JsonNode v = node.get("id");
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            return null;
        }
        if (!v.isTextual()) {
            throw new VocabException(VocabException.Reason.INVALID_VALUE, "id is not a string", null);
        }
        return Values.parseIri(v.asText(), "id");
    }

    String text(String key) {
        return one(key, Values::text, false);
    }

    Boolean bool(String key) {
        return one(key, Values::bool, false);
    }

    Integer integer(String key) {
        return one(key, Values::integer, false);
    }

    Double decimal(String key) {
        return one(key, Values::decimal, false);
    }

    Instant instant(String key) {
        return one(key, Values::instant, false);
    }

    OffsetDateTime dateTime(String key) {
        return one(key, Values::dateTime, false);
    }

    URI uri(String key) {
        return one(key, v -> Values.iri(v, key), true);
    }

    List<URI> uris(String key) {
        return many(key, v -> Values.iri(v, key), true);
    }

    List<String> texts(String key) {
        return many(key, Values::text, false);
    }

    List<Double> decimals(String key) {
        return many(key, Values::decimal, false);
    }

    Ref<ApObject> ref(String key, String defaultType) {
        return one(key, v -> ref(v, key, defaultType, false), true);
    }

    List<Ref<ApObject>> refs(String key, String defaultType) {
        return many(key, v -> ref(v, key, defaultType, false), true);
    }

    /** References in {@code to}/{@code cc}/...: every spelling of "public" becomes {@link Addressing#PUBLIC}. */
    List<Ref<ApObject>> addressing(String key) {
        return many(key, v -> ref(v, key, null, true), true);
    }

    /** @return a nested object read with {@code read}, e.g. {@code source} or {@code endpoints} */
    <T> T nested(String key, Function<Props, T> read) {
        return one(key, v -> VocabDecoder.isNode(v) ? read.apply(nestedProps((ObjectNode) v, null)) : null, false);
    }

    /** @return a list whose elements are read with {@code read}; unreadable if one element is */
    <T> List<T> list(String key, Function<JsonNode, T> read) {
        return many(key, read, true);
    }

    /** @return a value read with {@code read} from the single value of {@code key} */
    <T> T single(String key, Function<JsonNode, T> read) {
        return one(key, read, false);
    }

    /** @return Props over a nested object that is not dispatched on its type (keys, endpoints) */
    Props nestedProps(ObjectNode object, String chosen) {
        return new Props(object, decoder, VocabDecoder.types(object), chosen);
    }

    /** @return a language map with lower-case tags (JSON-LD processors lower-case them too) */
    Map<String, String> langMap(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            used.add(key);
            return Map.of();
        }
        if (!v.isObject()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            if (e.getValue().isNull()) {
                continue;
            }
            if (!e.getValue().isTextual()) {
                return Map.of();
            }
            out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
        }
        used.add(key);
        return out;
    }

    /** @return everything not read, in canonical extra form, plus the types not chosen */
    Extras extras() {
        Map<String, JsonNode> rest = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String k = e.getKey();
            if (!used.contains(k) && !k.equals("@context") && !k.equals("type")) {
                JsonNode value = ExtraValues.canonical(k, e.getValue());
                if (value != null) {
                    rest.put(k, value);
                }
            }
        }
        List<String> otherTypes = new ArrayList<>(types);
        if (chosenType != null) {
            otherTypes.remove(chosenType);
        }
        return Extras.of(rest, otherTypes);
    }

    private Ref<ApObject> ref(JsonNode v, String key, String defaultType, boolean addressing) {
        if (v.isTextual()) {
            String s = v.asText();
            return Ref.to(addressing && Addressing.isPublicSpelling(s) ? Addressing.PUBLIC : Values.parseIri(s, key));
        }
        if (VocabDecoder.isNode(v)) {
            if (v.size() == 1 && v.path("id").isTextual() && !v.get("id").asText().isEmpty()) {
                return ref(v.get("id"), key, defaultType, addressing);
            }
            return Ref.of(decoder.decode((ObjectNode) v, defaultType));
        }
        return null;
    }

    private <T> T one(String key, Function<JsonNode, T> read, boolean iri) {
        JsonNode v = node.get(key);
        if (v == null) {
            return null;
        }
        List<JsonNode> items = elements(v, iri);
        if (items.isEmpty()) {
            used.add(key);
            return null;
        }
        T value = items.size() == 1 ? read.apply(items.get(0)) : null;
        if (value != null) {
            used.add(key);
        }
        return value;
    }

    private <T> List<T> many(String key, Function<JsonNode, T> read, boolean iri) {
        JsonNode v = node.get(key);
        if (v == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (JsonNode item : elements(v, iri)) {
            T value = read.apply(item);
            if (value == null) {
                return List.of();
            }
            out.add(value);
        }
        used.add(key);
        return out;
    }

    /**
     * Non-null elements, with nested arrays flattened as JSON-LD expansion flattens them; for
     * IRI-valued properties also without empty strings, which compaction drops.
     */
    private static List<JsonNode> elements(JsonNode v, boolean iri) {
        List<JsonNode> out = new ArrayList<>();
        addElements(v, iri, out);
        return out;
    }

    private static void addElements(JsonNode v, boolean iri, List<JsonNode> out) {
        if (v.isArray()) {
            v.forEach(item -> addElements(item, iri, out));
        } else if (!v.isNull() && !(iri && v.isTextual() && v.asText().isEmpty())) {
            out.add(v);
        }
    }
}
