package london.patchwork.federation.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.util.List;
import java.util.Set;

/**
 * Turns what a peer sent into Patchwork's canonical compact JSON: the shape the canonical
 * {@code @context} ({@link CanonicalContext}) describes, whatever context, prefixes, aliases or
 * keyword spellings the peer used.
 *
 * <p>Two paths give the same result. The <em>fast path</em> takes the parsed JSON as it is, which
 * is right when the document only uses contexts the canonical one already contains (see
 * {@link #isStandard}); it only sets aside the numbers and booleans that compaction would move off
 * an IRI-valued term ({@code LiteralSplit}). The <em>full path</em> expands the document with
 * Titanium, starting from the canonical context so that terms a peer did not define keep their
 * usual meaning, loads contexts only from the jar ({@link OfflineDocumentLoader}), aligns the
 * expanded form with the canonical terms ({@code ExpandedForm}) and compacts it against the
 * canonical context.
 *
 * <p>Before either path, values JSON-LD expansion would refuse the whole document for (an embedded
 * object with a non-string {@code id}, a language map of numbers) are removed where they are optional
 * ({@code UnexpandableValues}), so both paths keep the rest of the document and still agree.
 *
 * <p>Thread-safe; one instance serves the whole process.
 */
public final class JsonLdNormaliser {

    /**
     * Properties whose values are identity: the actor of an activity, the author of an object, an
     * actor's inbox and keys. A malformed value there refuses the document; anywhere else a value
     * JSON-LD cannot process is dropped (see docs/federation/vocabulary.md, "Lenient reading").
     * The document's own {@code id} and {@code type} are identity too.
     */
    public static final Set<String> IDENTITY_TERMS = Set.of("actor", "attributedTo", "inbox", "publicKey",
            "assertionMethod");

    /** Which path to take. */
    public enum Strategy {
        /** The fast path when {@link #isStandard} allows it, else the full path. */
        AUTO,
        /** Always expand and compact. */
        FULL,
        /** Never expand: the document is taken as it is, even if its contexts are not standard (tests, benchmarks). */
        FAST
    }

    /** The path a document took. */
    public enum Path {
        /** Parsed JSON taken as it is. */
        FAST,
        /** Expanded and compacted with Titanium. */
        FULL
    }

    /**
     * A normalised document.
     *
     * @param json            the canonical compact JSON, without {@code @context}
     * @param path            the path taken
     * @param droppedContexts context URLs that are not bundled and whose terms were therefore dropped
     */
    public record Result(ObjectNode json, Path path, List<String> droppedContexts) {
        /** Copies the list of dropped contexts. */
        public Result {
            droppedContexts = List.copyOf(droppedContexts);
        }
    }

    private final JsonInput input;
    private final CanonicalContext canonical = CanonicalContext.get();
    private final StandardShape standardShape = new StandardShape(canonical);
    private final LiteralSplit literalSplit = new LiteralSplit(canonical);
    private final UnexpandableValues unexpandable = new UnexpandableValues(canonical);

    /** @param limits bounds on every document */
    public JsonLdNormaliser(JsonLimits limits) {
        this.input = new JsonInput(limits);
    }

    /** @return a normaliser with {@link JsonLimits#DEFAULT} */
    public static JsonLdNormaliser withDefaultLimits() {
        return new JsonLdNormaliser(JsonLimits.DEFAULT);
    }

    /**
     * Parses and normalises, taking the fast path where possible.
     *
     * @param json raw bytes as received
     * @return the canonical compact JSON
     * @throws JsonLdException if the bytes are not a JSON object within the limits or not valid JSON-LD
     */
    public Result normalise(byte[] json) {
        return normalise(json, Strategy.AUTO);
    }

    /**
     * Parses and normalises with a chosen strategy.
     *
     * @param json     raw bytes as received
     * @param strategy which path to take
     * @return the canonical compact JSON
     * @throws JsonLdException if the bytes are not a JSON object within the limits or not valid JSON-LD
     */
    public Result normalise(byte[] json, Strategy strategy) {
        ObjectNode root = input.parseObject(json);
        // Both paths drop the same optional values JSON-LD cannot process, so they still agree.
        unexpandable.removeFrom(root);
        boolean fast = strategy == Strategy.FAST || (strategy == Strategy.AUTO && isStandard(root));
        if (fast) {
            // The tree was parsed for this call alone, so it is shaped in place rather than copied.
            root.remove("@context");
            literalSplit.apply(root);
            return new Result(root, Path.FAST, List.of());
        }
        return full(root);
    }

    /**
     * @param document a parsed document
     * @return true when it only uses contexts and terms the canonical context already has, so the
     *         fast path gives the same result as the full one
     */
    public boolean isStandard(JsonNode document) {
        return standardShape.isStandard(document);
    }

    /**
     * Expansion starts from the canonical context, which already contains ActivityStreams and
     * security v1; loading them again first thing changes no term and costs about a third of the
     * expansion time, so a leading run of them is left out. Later ones stay: they may undo an
     * inline redefinition that comes before them.
     */
    private static ObjectNode withoutLeadingStandardContexts(ObjectNode root) {
        JsonNode context = root.get("@context");
        if (context == null || !(context.isTextual() || context.isArray())) {
            return root;
        }
        List<JsonNode> entries = new java.util.ArrayList<>();
        context.forEach(entries::add);
        if (context.isTextual()) {
            entries = List.of(context);
        }
        int skip = 0;
        while (skip < entries.size() && entries.get(skip).isTextual() && BundledContexts.isStandard(entries.get(skip).asText())) {
            skip++;
        }
        if (skip == 0) {
            return root;
        }
        ObjectNode copy = root.deepCopy();
        if (skip == entries.size()) {
            copy.remove("@context");
        } else {
            copy.putArray("@context").addAll(entries.subList(skip, entries.size()));
        }
        return copy;
    }

    private Result full(ObjectNode root) {
        OfflineDocumentLoader loader = new OfflineDocumentLoader();
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setUriValidation(UriValidationPolicy.None);
        options.setExpandContext(canonical.document());
        options.setTimeout(input.limits().jsonLdDeadline());
        options.setOrdered(false);
        try {
            JsonStructure document = (JsonStructure) JakartaBridge.toJakarta(withoutLeadingStandardContexts(root));
            JsonArray expanded = JsonLd.expand(JsonDocument.of(document)).options(options).get();
            JsonArray aligned = new ExpandedForm(canonical, input.limits().maxJsonLdIris()).normalise(expanded);
            JsonObject compacted = JsonLd.compact(JsonDocument.of(aligned), canonical.document()).options(options).get();
            ObjectNode json = (ObjectNode) JakartaBridge.toJackson(compacted);
            json.remove("@context");
            return new Result(json, Path.FULL, loader.droppedContexts());
        } catch (JsonLdException e) {
            throw e;
        } catch (JsonLdError e) {
            JsonLdException.Kind kind = e.getCode() == JsonLdErrorCode.PROCESSING_TIMEOUT_EXCEEDED
                    ? JsonLdException.Kind.TIMEOUT : JsonLdException.Kind.INVALID_JSON_LD;
            throw new JsonLdException(kind, e.getCode() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Titanium reports some malformed input as unchecked exceptions; they are still the peer's fault.
            throw new JsonLdException(JsonLdException.Kind.INVALID_JSON_LD, "JSON-LD processing failed: " + e, e);
        } catch (StackOverflowError e) {
            // Context definitions can chain (a term defined through a prefix defined through a prefix ...)
            // without any JSON nesting, so the depth limit alone cannot bound Titanium's recursion.
            throw new JsonLdException(JsonLdException.Kind.INVALID_JSON_LD, "JSON-LD definitions nest too deeply", null);
        }
    }
}
