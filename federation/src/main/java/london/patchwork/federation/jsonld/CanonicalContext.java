package london.patchwork.federation.jsonld;

import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one {@code @context} Patchwork writes and normalises everything it reads to:
 * {@code ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1", {extension terms}]}.
 * The extension terms live in {@code /contexts/patchwork-canonical.json}; docs/federation/vocabulary.md
 * lists them and says which peer reads which.
 */
public final class CanonicalContext {

    private static final CanonicalContext INSTANCE = new CanonicalContext();

    private final ArrayNode jackson;
    private final JsonObject titanium;
    private final TermTable terms;
    private final JsonObject flattened;
    private final Map<String, String> literalKeys = new HashMap<>();
    private final Set<String> literalKeySet = new HashSet<>();
    private final Set<String> languageMapTerms = new HashSet<>();

    private CanonicalContext() {
        try (InputStream in = CanonicalContext.class.getResourceAsStream("/contexts/patchwork-canonical.json")) {
            if (in == null) {
                throw new IllegalStateException("missing /contexts/patchwork-canonical.json");
            }
            jackson = (ArrayNode) new ObjectMapper().readTree(in).get("@context");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        titanium = BundledContexts.load("patchwork-canonical.json").asJsonObject();
        terms = new TermTable();
        for (JsonValue entry : titanium.getJsonArray("@context")) {
            if (entry instanceof JsonString url) {
                JsonValue ctx = BundledContexts.find(url.getString()).orElseThrow()
                        .getJsonContent().orElseThrow().asJsonObject().get("@context");
                terms.add(ctx.asJsonObject());
            } else {
                terms.add(entry.asJsonObject());
            }
        }
        terms.resolve();
        flattened = flatten(terms);
        terms.terms().forEach((term, d) -> {
            if (d.isIriValued() && (d.container() == null || "@set".equals(d.container()))) {
                literalKeys.put(term, terms.compact(d.iri()));
                literalKeySet.add(literalKeys.get(term));
            }
            if ("@language".equals(d.container())) {
                languageMapTerms.add(term);
            }
        });
    }

    /**
     * The same context as one inline object with every IRI already absolute. Titanium processes a
     * context on every expansion and compaction; this form needs no loading and no prefix resolution,
     * which makes the full path markedly cheaper, and defines exactly the same terms.
     */
    private static JsonObject flatten(TermTable terms) {
        JsonObjectBuilder b = JakartaBridge.provider().createObjectBuilder();
        // ActivityStreams maps undefined terms to blank-node IRIs; keep that, so they round-trip by name.
        b.add("@vocab", "_:");
        terms.terms().forEach((term, d) -> {
            if (d.type() == null && d.container() == null) {
                b.add(term, d.iri());
            } else {
                JsonObjectBuilder o = JakartaBridge.provider().createObjectBuilder().add("@id", d.iri());
                if (d.type() != null) {
                    o.add("@type", d.type());
                }
                if (d.container() != null) {
                    o.add("@container", d.container());
                }
                b.add(term, o);
            }
        });
        return JakartaBridge.provider().createObjectBuilder().add("@context", b).build();
    }

    /** @return the canonical context */
    public static CanonicalContext get() {
        return INSTANCE;
    }

    /** @return a fresh copy of the {@code @context} value to put at the top of a document */
    public ArrayNode json() {
        return jackson.deepCopy();
    }

    /** @return the context as a Titanium document, in its flattened form (see {@link #flatten}) */
    JsonDocument document() {
        return JsonDocument.of(flattened);
    }

    /** @return the {@code @context} array as a Jakarta JSON value */
    JsonArray contextArray() {
        return titanium.getJsonArray("@context");
    }

    /** @return the definition of a canonical term, e.g. {@code sensitive} */
    public Optional<TermDefinition> term(String name) {
        return terms.term(name);
    }

    /** @return the canonical term (without a container, when there is a choice) for an absolute IRI */
    public Optional<TermDefinition> termForIri(String iri) {
        return terms.byIri(iri);
    }

    /** @return the IRI a canonical prefix stands for ({@code as}, {@code toot}, {@code schema}, ...) */
    public Optional<String> prefix(String name) {
        return terms.prefix(name);
    }

    /**
     * Expands a compact IRI written with a canonical prefix ({@code as:Public}); anything else is
     * returned unchanged. Compaction writes IRIs in these namespaces as compact IRIs, so readers
     * expand them back.
     *
     * @param value an IRI or compact IRI
     * @return the absolute IRI
     */
    public String expandIri(String value) {
        return terms.expand(value);
    }

    /**
     * Where compaction puts a number or boolean given under an IRI-valued term: no term fits a
     * literal, so it goes under the term's compact IRI ({@code cc} → {@code as:cc}). Only plain and
     * {@code @set} terms; an {@code @list} term moves its whole list, a {@code @graph} term drops it.
     *
     * @param term a term name
     * @return the key for its literals, or empty when the term is not such a term
     */
    Optional<String> literalKey(String term) {
        return Optional.ofNullable(literalKeys.get(term));
    }

    /** @return true when {@code key} is the {@link #literalKey} of some term ({@code as:cc}) */
    boolean isLiteralKey(String key) {
        return literalKeySet.contains(key);
    }

    /** @return the terms whose values are language maps ({@code nameMap}, {@code summaryMap}, {@code contentMap}) */
    Set<String> languageMapTerms() {
        return Set.copyOf(languageMapTerms);
    }

    /** @return true when arrays under this key stay arrays after compaction ({@code @list}/{@code @set}) */
    public boolean keepsArrays(String key) {
        return terms.term(key).map(TermDefinition::keepsArrays).orElse(false);
    }
}
