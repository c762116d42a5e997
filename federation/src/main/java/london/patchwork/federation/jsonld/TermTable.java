package london.patchwork.federation.jsonld;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The flattened term definitions of a sequence of simple contexts (no scoped contexts, no
 * {@code @vocab}-relative terms): enough to know what the canonical context means without running
 * a JSON-LD processor on every lookup.
 */
final class TermTable {

    private final Map<String, JsonValue> raw = new LinkedHashMap<>();
    private final Map<String, TermDefinition> terms = new LinkedHashMap<>();
    private final Map<String, String> prefixes = new HashMap<>();
    private final Map<String, TermDefinition> byIri = new HashMap<>();

    /**
     * Adds a context's term definitions; later definitions replace earlier ones, as in JSON-LD.
     *
     * @param context the value of an {@code @context} object
     */
    void add(JsonObject context) {
        context.forEach((term, definition) -> {
            if (!term.startsWith("@")) {
                raw.put(term, definition);
            }
        });
    }

    /** Resolves every compact IRI once all contexts are in. */
    TermTable resolve() {
        raw.forEach((term, definition) -> {
            if (definition instanceof JsonString s && isPrefixIri(s.getString())) {
                prefixes.put(term, s.getString());
            }
        });
        raw.forEach((term, definition) -> {
            TermDefinition resolved = define(term, definition);
            if (resolved != null) {
                terms.put(term, resolved);
                // The plain term (no container) is the one value coercion should follow.
                byIri.merge(resolved.iri(), resolved, (a, b) -> a.container() == null ? a : b);
            }
        });
        return this;
    }

    private TermDefinition define(String term, JsonValue definition) {
        if (definition instanceof JsonString s) {
            return new TermDefinition(term, expand(s.getString()), null, null);
        }
        if (definition instanceof JsonObject o && o.get("@id") instanceof JsonString id) {
            return new TermDefinition(term, expand(id.getString()), expandType(text(o, "@type")), text(o, "@container"));
        }
        return null;
    }

    private String expandType(String type) {
        return type == null || type.startsWith("@") ? type : expand(type);
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }

    /**
     * @param value a term value: keyword, compact IRI or absolute IRI
     * @return the absolute IRI, expanding a known prefix
     */
    String expand(String value) {
        int colon = value.indexOf(':');
        if (colon > 0 && !value.startsWith("//", colon + 1)) {
            String prefix = prefixes.get(value.substring(0, colon));
            if (prefix != null) {
                return prefix + value.substring(colon + 1);
            }
        }
        return value;
    }

    /** @return the definition of {@code term}, if defined */
    Optional<TermDefinition> term(String term) {
        return Optional.ofNullable(terms.get(term));
    }

    /** @return the definition, preferring one without a container, of a term expanding to {@code iri} */
    Optional<TermDefinition> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /**
     * The compact IRI JSON-LD compaction writes for {@code iri} when no term fits the value (a
     * number under an IRI-valued term, say): among the prefixes that fit, the shortest result, then
     * the lexicographically least, and never a string that is itself a term for something else.
     *
     * @param iri an absolute IRI
     * @return its compact IRI, or {@code iri} itself when no prefix fits
     */
    String compact(String iri) {
        String best = null;
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            String namespace = prefix.getValue();
            if (iri.length() <= namespace.length() || !iri.startsWith(namespace)) {
                continue;
            }
            String candidate = prefix.getKey() + ":" + iri.substring(namespace.length());
            TermDefinition clash = terms.get(candidate);
            if (clash != null && !clash.iri().equals(iri)) {
                continue;
            }
            if (best == null || candidate.length() < best.length()
                    || (candidate.length() == best.length() && candidate.compareTo(best) < 0)) {
                best = candidate;
            }
        }
        return best == null ? iri : best;
    }

    /** @return the IRI a prefix stands for, if {@code name} is a prefix */
    Optional<String> prefix(String name) {
        return Optional.ofNullable(prefixes.get(name));
    }

    /** @return every resolved term */
    Map<String, TermDefinition> terms() {
        return terms;
    }

    /** @return true for IRIs that JSON-LD 1.1 lets act as a prefix: ending in a gen-delim */
    static boolean isPrefixIri(String value) {
        return value.contains(":") && (value.endsWith("#") || value.endsWith("/") || value.endsWith(":"));
    }
}
