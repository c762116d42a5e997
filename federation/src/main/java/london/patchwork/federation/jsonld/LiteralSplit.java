package london.patchwork.federation.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Does on the fast path the one thing compaction does to a standard document besides dropping its
 * {@code @context}: a number or boolean among the values of an IRI-valued term
 * ({@code "cc": ["https://...", 42]}) is a literal, not a reference, so no term fits it and
 * compaction writes it under the term's compact IRI ({@code "as:cc": 42}) while the references
 * stay under the term. Without this, the fast path would hand the reader a {@code cc} it cannot
 * type at all and lose the valid recipients beside the odd value, where the full path keeps them.
 *
 * <p>Only plain and {@code @set} terms are split ({@link CanonicalContext#literalKey}). Under the
 * one IRI-valued {@code @list} term, {@code orderedItems}, compaction moves the whole list instead,
 * so {@link StandardShape} sends such documents down the full path.
 */
final class LiteralSplit {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CanonicalContext canonical;

    LiteralSplit(CanonicalContext canonical) {
        this.canonical = canonical;
    }

    /** Splits, in place, every object in {@code node} (not inside {@code @context}). */
    void apply(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::apply);
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            if (key.equals("@context")) {
                continue;
            }
            JsonNode value = object.get(key);
            apply(value);
            Optional<String> aside = canonical.literalKey(key);
            if (aside.isPresent() && hasLiteral(value)) {
                // Expansion gathers both keys' values in document order; compaction keeps that order.
                int asideAt = keys.indexOf(aside.get());
                split(object, key, value, aside.get(), asideAt >= 0 && asideAt < keys.indexOf(key));
            }
        }
    }

    /**
     * @return true when {@code value} holds nothing but literals, so that under a
     *         {@link CanonicalContext#literalKey} compaction leaves it where it is
     */
    static boolean onlyLiterals(JsonNode value) {
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!onlyLiterals(item)) {
                    return false;
                }
            }
            return true;
        }
        // Not strings: the full path reads a string under the compact IRI as a reference (ExpandedForm).
        return isLiteral(value) || value.isNull();
    }

    /** Literals as JSON-LD sees them in plain JSON: numbers and booleans (nested arrays are flattened by expansion). */
    static boolean isLiteral(JsonNode v) {
        return v.isNumber() || v.isBoolean();
    }

    private static boolean hasLiteral(JsonNode value) {
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (hasLiteral(item)) {
                    return true;
                }
            }
            return false;
        }
        return isLiteral(value);
    }

    private static void split(ObjectNode object, String key, JsonNode value, String aside, boolean asideFirst) {
        ArrayNode kept = NODES.arrayNode();
        ArrayNode literals = NODES.arrayNode();
        partition(value, kept, literals);
        if (kept.isEmpty()) {
            object.remove(key);
        } else {
            object.set(key, kept);
        }
        ArrayNode all = NODES.arrayNode();
        JsonNode existing = object.get(aside);
        if (existing != null && asideFirst) {
            partition(existing, all, all);
        }
        all.addAll(literals);
        if (existing != null && !asideFirst) {
            partition(existing, all, all);
        }
        // Compaction writes a single value bare, as the extras of a record compare it.
        object.set(aside, all.size() == 1 ? all.get(0) : all);
    }

    private static void partition(JsonNode value, ArrayNode kept, ArrayNode literals) {
        if (value.isArray()) {
            value.forEach(item -> partition(item, kept, literals));
        } else if (isLiteral(value)) {
            literals.add(value);
        } else {
            kept.add(value);
        }
    }
}
