package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import london.patchwork.federation.jsonld.CanonicalContext;

/**
 * Puts an extra value in the shape JSON-LD compaction gives it, so an extra read on the fast path
 * equals the same extra read on the full path: nulls and nested {@code @context}s gone, empty ids
 * gone, nested arrays flattened (except under {@code @list} terms), one-element arrays unwrapped
 * (except under {@code @list}/{@code @set} terms).
 */
final class ExtraValues {

    private static final CanonicalContext CANONICAL = CanonicalContext.get();

    private ExtraValues() {
    }

    /**
     * Nested arrays are flattened, as JSON-LD expansion does outside lists. Under a {@code @list}
     * term ({@code orderedItems}, {@code focalPoint}) a nested array is a list of its own, which
     * compaction keeps as a nested array (empty or not): flattening it would write back another list.
     */
    private static void addItems(String key, JsonNode array, ArrayNode out) {
        boolean listTerm = CANONICAL.term(key).map(t -> "@list".equals(t.container())).orElse(false);
        for (JsonNode item : array) {
            if (item.isArray() && listTerm) {
                ArrayNode inner = JsonNodeFactory.instance.arrayNode();
                addItems(key, item, inner);
                out.add(inner);
            } else if (item.isArray()) {
                addItems(key, item, out);
            } else {
                JsonNode c = canonical(key, item);
                if (c != null) {
                    out.add(c);
                }
            }
        }
    }

    /** @return the canonical form, or null when nothing is left */
    static JsonNode canonical(String key, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            addItems(key, value, out);
            return out.size() == 1 && !CANONICAL.keepsArrays(key) ? out.get(0) : out;
        }
        if (value.isObject()) {
            // The keys of a language map (contentMap) are language tags, data even when spelled "@context" or "id".
            boolean languageMap = CANONICAL.term(key).map(t -> "@language".equals(t.container())).orElse(false);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                String k = e.getKey();
                boolean emptyId = k.equals("id") && e.getValue().isTextual() && e.getValue().asText().isEmpty();
                if (!languageMap && (k.equals("@context") || emptyId)) {
                    continue;
                }
                JsonNode c = canonical(k, e.getValue());
                if (c != null) {
                    out.set(k, c);
                }
            }
            return out;
        }
        return value;
    }
}
