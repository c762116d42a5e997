package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
 * the record's {@link Extras}.
 *
 * <p>Lenient reading, strict identity (docs/federation/vocabulary.md): a value that cannot be read
 * (a wrong shape, an IRI that does not parse, an embedded object whose own identity is broken) is
 * dropped from the typed fields with a DEBUG log line and kept in the extras; in a list only that
 * element is set aside. Under the {@link Strictness strict} properties the same failures throw
 * {@link VocabException}: an actor, an author, an inbox or a key that cannot be read must not pass
 * silently. Since an embedded object is read by its own {@code Props}, its broken identity throws
 * there and the property holding it decides: dropped where it is optional, refused where it is
 * identity itself.
 *
 * <p>Single-valued readers accept a value or a one-element array (compaction unwraps those, raw
 * JSON may not); list readers accept a value or an array. Nulls and empty arrays mean absent.
 */
final class Props {


    private final ObjectNode node;
    private final VocabDecoder decoder;
    private final List<String> types;
    private final String chosenType;
    private final String path;
    private final Set<String> used = new HashSet<>();
    private final Map<String, List<JsonNode>> setAside = new LinkedHashMap<>();

    /**
     * @param path where the object sits in the document, for log lines: empty for the document
     *             itself, {@code "icon."} for its icon
     */
    Props(ObjectNode node, VocabDecoder decoder, List<String> types, String chosenType, String path) {
        this.node = node;
        this.decoder = decoder;
        this.types = types;
        this.chosenType = chosenType;
        this.path = path;
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
        return one(key, v -> VocabDecoder.isNode(v) ? read.apply(nestedProps(key, (ObjectNode) v, null)) : null, false);
    }

    /** @return a list whose elements are read with {@code read}; an element read as null is set aside */
    <T> List<T> list(String key, Function<JsonNode, T> read) {
        return many(key, read, true);
    }

    /** @return a value read with {@code read} from the single value of {@code key} */
    <T> T single(String key, Function<JsonNode, T> read) {
        return one(key, read, false);
    }

    /** @return where the value of {@code key} sits in the document, for log lines ({@code "location.address."}) */
    String pathOf(String key) {
        return path + key + ".";
    }

    /** @return Props over the object under {@code key} that is not dispatched on its type (keys, endpoints) */
    Props nestedProps(String key, ObjectNode object, String chosen) {
        return new Props(object, decoder, VocabDecoder.types(object), chosen, pathOf(key));
    }

    /** @return a language map with lower-case tags (JSON-LD processors lower-case them too) */
    Map<String, String> langMap(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            used.add(key);
            return Map.of();
        }
        if (!v.isObject()) {
            dropped(key, "not a language map");
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            if (e.getValue().isNull()) {
                continue;
            }
            if (!e.getValue().isTextual()) {
                dropped(key, "a language map entry that is not a string");
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
        setAside.forEach((k, items) -> {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            items.forEach(array::add);
            rest.put(k, ExtraValues.canonical(k, array));
        });
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
            return Ref.of(decoder.decode((ObjectNode) v, defaultType, pathOf(key)));
        }
        return null;
    }

    private <T> T one(String key, Function<JsonNode, T> read, boolean iri) {
        JsonNode v = node.get(key);
        if (v == null) {
            Strictness.refuseLiteralsAside(node, path, key);
            return null;
        }
        List<JsonNode> items = elements(v, iri);
        if (items.isEmpty()) {
            Strictness.refuseLiteralsAside(node, path, key);
            used.add(key);
            return null;
        }
        if (items.size() > 1) {
            return unreadable(key, "several values where one is expected");
        }
        T value = attempt(key, read, items.get(0), true);
        if (value != null) {
            used.add(key);
        }
        return value;
    }

    private <T> List<T> many(String key, Function<JsonNode, T> read, boolean iri) {
        JsonNode v = node.get(key);
        if (v == null) {
            Strictness.refuseLiteralsAside(node, path, key);
            return List.of();
        }
        List<T> out = new ArrayList<>();
        List<JsonNode> rejected = new ArrayList<>();
        for (JsonNode item : elements(v, iri)) {
            T value = attempt(key, read, item, false);
            if (value == null) {
                rejected.add(item);
            } else {
                out.add(value);
            }
        }
        if (out.isEmpty()) {
            Strictness.refuseLiteralsAside(node, path, key);
        }
        // Nothing typed, or a list of lists (under orderedItems or focalPoint a nested array is a list of
        // its own, which setting elements aside would flatten): the whole property stays in the extras.
        if (!rejected.isEmpty() && (out.isEmpty() || hasNestedArray(v))) {
            return List.of();
        }
        used.add(key);
        if (!rejected.isEmpty()) {
            setAside.put(key, rejected);
        }
        return out;
    }

    private static boolean hasNestedArray(JsonNode v) {
        if (v.isArray()) {
            for (JsonNode item : v) {
                if (item.isArray()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reads one value. A malformed value (an exception) is rethrown under a {@link Strictness strict} property;
     * a value of another kind (null) is refused there only when the property is single-valued (an
     * inbox, an owner, a key's text), since a list under a strict property may hold literals and
     * keys of other types. Anything else is logged as dropped.
     *
     * @return the value, or null when it cannot be read
     */
    private <T> T attempt(String key, Function<JsonNode, T> read, JsonNode item, boolean single) {
        T value;
        try {
            value = read.apply(item);
        } catch (VocabException malformed) {
            if (Strictness.isStrict(key)) {
                throw malformed;
            }
            dropped(key, malformed.getMessage());
            return null;
        }
        if (value == null) {
            String reason = "a " + kind(item) + " where another kind of value is expected";
            if (single) {
                return unreadable(key, reason);
            }
            dropped(key, reason);
        }
        return value;
    }

    /** A single value that cannot be read: refused under a strict property, else kept in the extras. */
    private <T> T unreadable(String key, String reason) {
        if (Strictness.isStrict(key)) {
            throw new VocabException(VocabException.Reason.INVALID_VALUE, path + key + ": " + reason, null);
        }
        dropped(key, reason);
        return null;
    }

    private void dropped(String key, String reason) {
        Strictness.dropped(path, key, reason);
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
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
