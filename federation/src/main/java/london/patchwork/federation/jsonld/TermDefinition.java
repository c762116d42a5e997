package london.patchwork.federation.jsonld;

/**
 * One term of a JSON-LD context, reduced to what Patchwork needs to compare contexts and to coerce
 * values: the IRI it expands to, its type mapping and its container.
 *
 * @param term      the short name, e.g. {@code sensitive}
 * @param iri       the absolute IRI it expands to
 * @param type      the {@code @type} mapping ({@code @id}, {@code @vocab}, a datatype IRI) or null
 * @param container the {@code @container} ({@code @list}, {@code @set}, {@code @language}, ...) or null
 */
public record TermDefinition(String term, String iri, String type, String container) {

    /** @return true when values of this term are IRIs (node references), not literals */
    public boolean isIriValued() {
        return "@id".equals(type) || "@vocab".equals(type);
    }

    /** @return true when this term keeps arrays as arrays ({@code @list} or {@code @set}) */
    public boolean keepsArrays() {
        return "@list".equals(container) || "@set".equals(container);
    }
}
