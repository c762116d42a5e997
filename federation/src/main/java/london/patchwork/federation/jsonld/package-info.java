/**
 * JSON-LD for ActivityPub without the network: every context peers use is bundled in the jar
 * ({@link london.patchwork.federation.jsonld.BundledContexts}), unknown ones are dropped
 * ({@link london.patchwork.federation.jsonld.OfflineDocumentLoader}), and
 * {@link london.patchwork.federation.jsonld.JsonLdNormaliser} turns any incoming document into the
 * compact form of one canonical context ({@link london.patchwork.federation.jsonld.CanonicalContext}),
 * with a fast path for documents that already use only the standard contexts.
 *
 * <p>Only {@link london.patchwork.federation.jsonld.JsonLdException} escapes, for malformed JSON,
 * broken {@link london.patchwork.federation.jsonld.JsonLimits}, or JSON-LD Titanium refuses.
 * docs/federation/jsonld.md records the decisions.
 */
package london.patchwork.federation.jsonld;
