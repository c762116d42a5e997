package london.patchwork.federation.jsonld;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites expanded JSON-LD so that compaction against the canonical context lands every value on
 * its canonical term. Compaction only picks a term whose type mapping matches the value; a peer
 * whose context types a property differently (Misskey's untyped {@code featured}, Mobilizon's
 * {@code sc:location}, GoToSocial's {@code https://schema.org/} namespace) would otherwise come out
 * under a compact IRI such as {@code toot:featured} and the reader would never see it.
 *
 * <ul>
 *   <li>IRIs: the schema.org spellings ({@code http://schema.org/}, {@code https://schema.org/})
 *       become Mastodon's {@code http://schema.org#}; Mobilizon's {@code schema:location} becomes
 *       {@code as:location}; {@code http://www.w3.org/ns/activitystreams#} becomes {@code https}.</li>
 *   <li>Values of IRI-typed canonical terms given as strings become node references.</li>
 *   <li>Literals of datatype-typed canonical terms ({@code published}, {@code latitude}) take that datatype.</li>
 *   <li>Values of {@code @list} terms ({@code focalPoint}) given as a plain array become a list.</li>
 * </ul>
 */
final class ExpandedForm {

    private static final JsonProvider JSON = JakartaBridge.provider();
    private static final String AS = "https://www.w3.org/ns/activitystreams#";
    private static final String SCHEMA = "http://schema.org#";

    private final CanonicalContext canonical;
    private final int maxIris;
    private int iris;

    /**
     * One instance per document: it counts the IRIs it sees.
     *
     * @param canonical the canonical context
     * @param maxIris   most {@code @id} and {@code @type} values allowed (see {@link JsonLimits#maxJsonLdIris()})
     */
    ExpandedForm(CanonicalContext canonical, int maxIris) {
        this.canonical = canonical;
        this.maxIris = maxIris;
    }

    /**
     * @return the expanded document with the rewrites above applied
     * @throws JsonLdException if it holds more IRIs than compaction may be asked to handle
     */
    JsonArray normalise(JsonArray expanded) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (JsonValue item : expanded) {
            out.add(item instanceof JsonObject node ? node(node) : item);
        }
        return out.build();
    }

    private void countIris(int n) {
        iris += n;
        if (iris > maxIris) {
            throw new JsonLdException(JsonLdException.Kind.LIMIT_EXCEEDED,
                    "more than " + maxIris + " IRIs to compact", null);
        }
    }

    /** @return the canonical spelling of a property or type IRI */
    static String alias(String iri) {
        String s = iri;
        if (s.startsWith("http://schema.org/") || s.startsWith("https://schema.org/")) {
            s = SCHEMA + s.substring(s.indexOf("schema.org/") + "schema.org/".length());
        } else if (s.startsWith("https://schema.org#")) {
            s = SCHEMA + s.substring("https://schema.org#".length());
        } else if (s.startsWith("http://www.w3.org/ns/activitystreams#")) {
            s = AS + s.substring("http://www.w3.org/ns/activitystreams#".length());
        }
        // Mobilizon maps its "location" term to schema.org while meaning the ActivityStreams property.
        return s.equals(SCHEMA + "location") ? AS + "location" : s;
    }

    private JsonObject node(JsonObject node) {
        Map<String, List<JsonValue>> props = new LinkedHashMap<>();
        JsonObjectBuilder out = JSON.createObjectBuilder();
        node.forEach((key, value) -> {
            switch (key) {
                case "@id" -> {
                    countIris(1);
                    out.add(key, value);
                }
                case "@type" -> {
                    countIris(value instanceof JsonArray a ? a.size() : 1);
                    out.add(key, types(value));
                }
                case "@graph", "@included" -> out.add(key, nodes(value));
                case "@reverse" -> out.add(key, value instanceof JsonObject r ? node(r) : value);
                default -> {
                    if (key.startsWith("@")) {
                        out.add(key, value);
                    } else if (value instanceof JsonArray values) {
                        String iri = alias(key);
                        props.computeIfAbsent(iri, k -> new ArrayList<>()).addAll(values(iri, values));
                    }
                }
            }
        });
        props.forEach((iri, values) -> out.add(iri, listWrapped(iri, values)));
        return out.build();
    }

    private JsonValue types(JsonValue value) {
        if (value instanceof JsonString s) {
            return JSON.createValue(alias(s.getString()));
        }
        if (value instanceof JsonArray a) {
            JsonArrayBuilder out = JSON.createArrayBuilder();
            a.forEach(t -> out.add(t instanceof JsonString s ? JSON.createValue(alias(s.getString())) : t));
            return out.build();
        }
        return value;
    }

    private JsonValue nodes(JsonValue value) {
        if (value instanceof JsonArray a) {
            JsonArrayBuilder out = JSON.createArrayBuilder();
            a.forEach(item -> out.add(item instanceof JsonObject o ? node(o) : item));
            return out.build();
        }
        return value instanceof JsonObject o ? node(o) : value;
    }

    private List<JsonValue> values(String iri, JsonArray values) {
        TermDefinition term = canonical.termForIri(iri).orElse(null);
        List<JsonValue> out = new ArrayList<>(values.size());
        for (JsonValue v : values) {
            out.add(value(term, v));
        }
        return out;
    }

    private JsonValue value(TermDefinition term, JsonValue v) {
        if (!(v instanceof JsonObject o)) {
            return v;
        }
        if (o.containsKey("@list") && o.get("@list") instanceof JsonArray list) {
            JsonArrayBuilder items = JSON.createArrayBuilder();
            list.forEach(item -> items.add(value(term, item)));
            return JSON.createObjectBuilder(o).add("@list", items).build();
        }
        if (o.containsKey("@value")) {
            return term == null ? o : literal(term, o);
        }
        String datatype = datatype(term);
        if (datatype != null && o.size() == 1 && o.get("@id") instanceof JsonString id) {
            countIris(1);
            return JSON.createObjectBuilder().add("@value", id).add("@type", datatype).build();
        }
        return node(o);
    }

    private JsonValue literal(TermDefinition term, JsonObject literal) {
        JsonValue value = literal.get("@value");
        if (term.isIriValued()) {
            if (value instanceof JsonString s) {
                countIris(1);
                return JSON.createObjectBuilder().add("@id", s).build();
            }
            return literal;
        }
        String datatype = datatype(term);
        boolean scalar = value instanceof JsonString || value instanceof jakarta.json.JsonNumber
                || value == JsonValue.TRUE || value == JsonValue.FALSE;
        if (datatype != null && scalar && !(literal.get("@type") instanceof JsonString t && t.getString().equals(datatype))) {
            return JSON.createObjectBuilder().add("@value", value).add("@type", datatype).build();
        }
        return literal;
    }

    private static String datatype(TermDefinition term) {
        return term == null || term.type() == null || term.type().startsWith("@") ? null : term.type();
    }

    private JsonArray listWrapped(String iri, List<JsonValue> values) {
        boolean listTerm = canonical.termForIri(iri).map(t -> "@list".equals(t.container())).orElse(false);
        boolean hasList = values.stream().anyMatch(v -> v instanceof JsonObject o && o.containsKey("@list"));
        JsonArrayBuilder out = JSON.createArrayBuilder();
        if (listTerm && !hasList && !values.isEmpty()) {
            JsonArrayBuilder items = JSON.createArrayBuilder();
            values.forEach(items::add);
            out.add(JSON.createObjectBuilder().add("@list", items));
        } else {
            values.forEach(out::add);
        }
        return out.build();
    }
}
