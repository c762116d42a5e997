package london.patchwork.federation.jsonld;

import java.time.Duration;

/**
 * Bounds applied to every document before any processing, so hostile input fails fast and cheaply.
 *
 * @param maxBytes        largest accepted document, in bytes
 * @param maxDepth        deepest accepted nesting of objects and arrays
 * @param maxStringLength longest accepted string value, in characters
 * @param maxTokens       most JSON tokens in one document (caps huge arrays of tiny values)
 * @param maxJsonLdIris   most IRIs ({@code @id} and {@code @type} values) a document may have on the
 *                        full JSON-LD path: compacting each costs time proportional to the size of the
 *                        canonical context (about 25 µs here), so a megabyte of short IRIs would
 *                        otherwise cost seconds of CPU
 * @param jsonLdDeadline  longest time the full JSON-LD path may take for one document
 */
public record JsonLimits(int maxBytes, int maxDepth, int maxStringLength, long maxTokens, int maxJsonLdIris,
                         Duration jsonLdDeadline) {

    /**
     * Defaults sized for ActivityPub traffic: 1 MiB (the fetch module's body cap), depth 64 (real
     * activities nest about a dozen levels, counting arrays), 256 KiB strings, 200,000 tokens,
     * 10,000 IRIs on the JSON-LD path (a page of a collection holds tens), 2 s.
     */
    public static final JsonLimits DEFAULT =
            new JsonLimits(1 << 20, 64, 256 * 1024, 200_000, 10_000, Duration.ofSeconds(2));

    /** Checks the limits are positive. */
    public JsonLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxTokens <= 0 || maxJsonLdIris <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (jsonLdDeadline == null || jsonLdDeadline.isNegative() || jsonLdDeadline.isZero()) {
            throw new IllegalArgumentException("jsonLdDeadline must be positive");
        }
    }
}
