package london.patchwork.federation.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes, before either path runs, the optional values for which JSON-LD expansion would refuse the
 * whole document: an embedded object whose {@code id} is not a string or whose {@code type} is not a
 * string or an array of strings, a value object that JSON-LD cannot hold ({@code {"@value": [1]}},
 * a non-string {@code @language} or {@code @index}, a language tag on a number), and a language map
 * ({@code contentMap}) that is not an object of strings. Titanium throws for each of these, so one
 * malformed tag or language map would cost the full path the whole post while the fast path kept the
 * rest; now both paths drop the same values. A {@code null} {@code id} or {@code type} means absent to
 * the reader, so only the key is removed.
 *
 * <p>Values under {@link JsonLdNormaliser#IDENTITY_TERMS}, and the document's own {@code id} and
 * {@code type}, are left alone: a broken identity refuses the document instead of being dropped.
 * Whatever is removed is logged at DEBUG ({@code event=vocab_field_dropped step=jsonld}) and not kept:
 * the raw document is what a later version re-reads.
 */
final class UnexpandableValues {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLdNormaliser.class);

    private final Set<String> languageMaps;

    UnexpandableValues(CanonicalContext canonical) {
        this.languageMaps = canonical.languageMapTerms();
    }

    /** Removes, in place, what expansion would refuse; the root's own identity is not touched. */
    void removeFrom(ObjectNode root) {
        removeNullIdentity(root, "");
        properties(root, "");
    }

    private void properties(ObjectNode object, String path) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            if (key.equals("@context") || key.equals("@list") || key.equals("@set")) {
                continue; // a context is not data; list and set objects are cleaned where they stand (values)
            }
            JsonNode value = object.get(key);
            String where = path + key;
            if (languageMaps.contains(key)) {
                if (!value.isNull() && !isLanguageMap(value)) {
                    object.remove(key);
                    dropped(where, "not a language map of strings");
                }
                continue;
            }
            boolean identity = JsonLdNormaliser.IDENTITY_TERMS.contains(key);
            if (!identity && unexpandable(value) != null) {
                object.remove(key);
                dropped(where, unexpandable(value));
            } else {
                values(value, identity, where);
            }
        }
    }

    /** Cleans what {@code value} holds: array items that cannot be expanded, and nested objects. */
    private void values(JsonNode value, boolean identity, String where) {
        if (value instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                String reason = identity ? null : unexpandable(array.get(i));
                if (reason != null) {
                    array.remove(i);
                    dropped(where + "[" + i + "]", reason);
                } else {
                    values(array.get(i), identity, where);
                }
            }
        } else if (value instanceof ObjectNode object) {
            removeNullIdentity(object, where + ".");
            // A list or set object's items stand where the object stands.
            for (String container : List.of("@list", "@set")) {
                if (object.has(container)) {
                    values(object.get(container), identity, where);
                }
            }
            properties(object, where + ".");
        }
    }

    private static void removeNullIdentity(ObjectNode object, String path) {
        for (String key : List.of("id", "@id", "type", "@type")) {
            if (object.has(key) && object.get(key).isNull()) {
                object.remove(key);
                dropped(path + key, "null");
            }
        }
    }

    /** @return why expansion would refuse this value, or null when it would not */
    private static String unexpandable(JsonNode value) {
        if (!(value instanceof ObjectNode object)) {
            return null;
        }
        for (String key : List.of("id", "@id")) {
            JsonNode id = object.get(key);
            if (id != null && !id.isTextual() && !id.isNull()) {
                return "an embedded object's " + key + " is not a string";
            }
        }
        for (String key : List.of("type", "@type")) {
            JsonNode type = object.get(key);
            if (type != null && !type.isNull() && !isTypeValue(type)) {
                return "an embedded object's " + key + " is neither a string nor an array of strings";
            }
        }
        JsonNode literal = object.get("@value");
        if (literal != null && literal.isContainerNode()) {
            return "@value is not a scalar";
        }
        JsonNode language = object.get("@language");
        if (language != null && (!language.isTextual() || (literal != null && !literal.isTextual() && !literal.isNull()))) {
            return "a language tag that is not a string, or on a value that is not one";
        }
        JsonNode index = object.get("@index");
        if (index != null && !index.isTextual()) {
            return "@index is not a string";
        }
        return null;
    }

    private static boolean isTypeValue(JsonNode type) {
        if (type.isTextual()) {
            return true;
        }
        if (!type.isArray()) {
            return false;
        }
        for (JsonNode t : type) {
            if (!t.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A language map JSON-LD accepts: an object whose entries are strings, nulls or arrays of them.
     * Anything else is refused by expansion (an object or a number as an entry) or, when it is not an
     * object at all ({@code "contentMap": "text"}), read by JSON-LD as plain {@code content}, which the
     * fast path cannot mirror; both are dropped. An array entry is valid JSON-LD the reader cannot type,
     * so it is left for the extras.
     */
    private static boolean isLanguageMap(JsonNode value) {
        if (!value.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            JsonNode v = entry.getValue();
            if (v.isArray()) {
                for (JsonNode item : v) {
                    if (!item.isTextual() && !item.isNull()) {
                        return false;
                    }
                }
            } else if (!v.isTextual() && !v.isNull()) {
                return false;
            }
        }
        return true;
    }

    private static void dropped(String property, String reason) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("event=vocab_field_dropped step=jsonld property={} reason=\"{}\"", loggable(property), reason);
        }
    }

    /** Keys are the peer's: no spaces, quotes or line breaks reach the log, and at most 120 characters. */
    static String loggable(String property) {
        StringBuilder out = new StringBuilder(Math.min(property.length(), 120));
        for (int i = 0; i < property.length() && out.length() < 120; i++) {
            char c = property.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "_.:@#/[]-".indexOf(c) >= 0;
            out.append(plain ? c : '?');
        }
        return out.toString();
    }
}
