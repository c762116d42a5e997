package london.patchwork.federation.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a document may skip JSON-LD processing: whether expanding it and compacting it
 * against the canonical context would give back the same keys and values. That holds when every
 * context it uses is ActivityStreams, security v1 or inline definitions that agree with the
 * canonical ones; when no key is a keyword, IRI or compact IRI the canonical context would
 * rewrite; when no term the document defines differently from us (or we do not know) is
 * used; and when no IRI-valued {@code @list} term holds a literal. Most Mastodon, Lemmy and
 * NodeBB traffic passes; a context we would have to load does not.
 */
final class StandardShape {

    private final CanonicalContext canonical;

    StandardShape(CanonicalContext canonical) {
        this.canonical = canonical;
    }

    /** @return true when the document is already in canonical shape */
    boolean isStandard(JsonNode root) {
        return node(root, Set.of());
    }

    private boolean node(JsonNode node, Set<String> foreign) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (!node(item, foreign)) {
                    return false;
                }
            }
            return true;
        }
        if (!node.isObject()) {
            return true;
        }
        Set<String> scope = foreign;
        JsonNode context = node.get("@context");
        if (context != null) {
            scope = new HashSet<>(foreign);
            if (!context(context, scope)) {
                return false;
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (key.equals("@context")) {
                continue;
            }
            boolean compactIri = key.indexOf(':') >= 0;
            if (key.startsWith("@") || scope.contains(key) || (compactIri && !compactKey(key, field.getValue()))) {
                return false;
            }
            if (key.equals("type") && !types(field.getValue(), scope)) {
                return false;
            }
            if (!listValues(key, field.getValue())) {
                return false;
            }
            if (!node(field.getValue(), scope)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A number or boolean in an IRI-valued {@code @list} term ({@code orderedItems}) makes
     * compaction move the whole list to the compact IRI ({@code "as:items": {"@list": [...]}}),
     * which the fast path does not mirror.
     */
    private boolean listValues(String key, JsonNode value) {
        Optional<TermDefinition> term = canonical.term(key);
        if (term.isEmpty() || !term.get().isIriValued() || !"@list".equals(term.get().container())) {
            return true;
        }
        for (JsonNode item : value.isArray() ? value : java.util.List.of(value)) {
            if (LiteralSplit.isLiteral(item)) {
                return false;
            }
        }
        return true;
    }

    private static boolean types(JsonNode type, Set<String> foreign) {
        for (JsonNode t : type.isArray() ? type : java.util.List.of(type)) {
            if (t.isTextual() && (t.asText().indexOf(':') >= 0 || foreign.contains(t.asText()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A compact-IRI key survives compaction if no canonical term stands for its IRI, or if it is
     * where compaction puts the literals of an IRI-valued term and holds only literals
     * ({@code "as:cc": 42}, as Patchwork writes such a value back).
     */
    private boolean compactKey(String key, JsonNode value) {
        String prefix = key.substring(0, key.indexOf(':'));
        if (canonical.prefix(prefix).isEmpty()) {
            return false;
        }
        return canonical.termForIri(canonical.expandIri(key)).isEmpty()
                || (canonical.isLiteralKey(key) && LiteralSplit.onlyLiterals(value));
    }

    private boolean context(JsonNode context, Set<String> foreign) {
        if (context.isTextual()) {
            return BundledContexts.isStandard(context.asText());
        }
        if (context.isArray()) {
            for (JsonNode entry : context) {
                if (!context(entry, foreign)) {
                    return false;
                }
            }
            return true;
        }
        if (!context.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> definition : context.properties()) {
            if (!definition(definition.getKey(), definition.getValue(), context, foreign)) {
                return false;
            }
        }
        return true;
    }

    private boolean definition(String term, JsonNode value, JsonNode context, Set<String> foreign) {
        if (term.startsWith("@") || term.indexOf(':') >= 0) {
            return false;
        }
        Optional<String> prefix = canonical.prefix(term);
        if (prefix.isPresent()) {
            return value.isTextual() && value.asText().equals(prefix.get());
        }
        Optional<TermDefinition> ours = canonical.term(term);
        if (value.isNull()) {
            return ours.isEmpty();
        }
        String iri;
        String container = null;
        String type = null;
        if (value.isTextual()) {
            iri = value.asText();
        } else if (value.isObject() && value.path("@id").isTextual() && onlyKeys(value, "@id", "@type", "@container")) {
            iri = value.get("@id").asText();
            container = value.has("@container") ? value.get("@container").asText(null) : null;
            type = value.has("@type") ? value.get("@type").asText(null) : null;
        } else {
            return false;
        }
        if (ours.isEmpty()) {
            foreign.add(term);
            return true;
        }
        // A different @type is harmless (the full path coerces values to ours), except @vocab, which
        // changes how string values expand.
        boolean vocabAgrees = "@vocab".equals(type) == "@vocab".equals(ours.get().type());
        String expanded = expand(iri, context);
        if (vocabAgrees && ours.get().iri().equals(expanded) && java.util.Objects.equals(ours.get().container(), container)) {
            return true;
        }
        // A term redefined differently matters only where it is used (Mastodon's actor context
        // redefines security v1's EncryptedMessage and never uses it), unless it could act as a prefix.
        if (TermTable.isPrefixIri(expanded)) {
            return false;
        }
        foreign.add(term);
        return true;
    }

    /** Expands a compact IRI with a prefix from the same inline context, else a canonical one. */
    private String expand(String iri, JsonNode context) {
        int colon = iri.indexOf(':');
        if (colon > 0) {
            JsonNode local = context.get(iri.substring(0, colon));
            if (local != null && local.isTextual() && TermTable.isPrefixIri(local.asText())) {
                return local.asText() + iri.substring(colon + 1);
            }
        }
        return canonical.expandIri(iri);
    }

    private static boolean onlyKeys(JsonNode object, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            if (!ok.contains(it.next())) {
                return false;
            }
        }
        return true;
    }
}
