package london.patchwork.federation.vocab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import london.patchwork.federation.jsonld.JsonLdException;
import london.patchwork.federation.jsonld.JsonLdNormaliser;
import london.patchwork.federation.jsonld.JsonLimits;

/**
 * The one entry point between bytes and records. Reading normalises with {@link JsonLdNormaliser}
 * (fast path for standard contexts, Titanium otherwise) and maps the canonical JSON to records;
 * writing produces compact JSON with the canonical {@code @context}.
 *
 * <pre>{@code
 * ActivityJson json = ActivityJson.withDefaultLimits();
 * if (json.read(body) instanceof Follow follow) { ... }
 * byte[] out = json.write(Activity.of(Accept::new, acceptId, hub, Ref.of(follow), addressing));
 * }</pre>
 *
 * <p>Thread-safe; one instance serves the whole process.
 */
public final class ActivityJson {

    private static final ObjectMapper WRITER = new ObjectMapper();

    private final JsonLdNormaliser normaliser;
    private final VocabDecoder decoder = new VocabDecoder();
    private final VocabEncoder encoder = new VocabEncoder();

    /** @param normaliser the JSON-LD normaliser (and so the limits) to read with */
    public ActivityJson(JsonLdNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** @return an instance with {@link JsonLimits#DEFAULT} */
    public static ActivityJson withDefaultLimits() {
        return new ActivityJson(JsonLdNormaliser.withDefaultLimits());
    }

    /**
     * Reads a document as received from a peer.
     *
     * @param json the raw bytes
     * @return the typed record; {@link GenericObject} or {@link GenericActivity} for unknown types
     * @throws VocabException for anything malformed, oversized or not processable
     */
    public ApObject read(byte[] json) {
        return read(json, JsonLdNormaliser.Strategy.AUTO);
    }

    /**
     * Reads a document and checks its type.
     *
     * @param json the raw bytes
     * @param type the record type expected, e.g. {@code Actor.class} or {@code Follow.class}
     * @param <T>  the record type
     * @return the typed record
     * @throws VocabException for anything malformed, or {@link VocabException.Reason#UNEXPECTED_TYPE}
     */
    public <T extends ApObject> T read(byte[] json, Class<T> type) {
        ApObject object = read(json);
        if (!type.isInstance(object)) {
            throw new VocabException(VocabException.Reason.UNEXPECTED_TYPE,
                    "expected " + type.getSimpleName() + " but got " + object.type(), null);
        }
        return type.cast(object);
    }

    /**
     * Reads a document through a chosen normalisation path (for tests and benchmarks that compare
     * the paths; servers use {@link #read(byte[])}).
     *
     * @param json     the raw bytes
     * @param strategy which path to take
     * @return the typed record
     * @throws VocabException for anything malformed, oversized or not processable
     */
    public ApObject read(byte[] json, JsonLdNormaliser.Strategy strategy) {
        ObjectNode canonical;
        try {
            canonical = normaliser.normalise(json, strategy).json();
        } catch (JsonLdException e) {
            throw new VocabException(reason(e.kind()), e.getMessage(), e);
        }
        return decode(canonical);
    }

    /**
     * Maps JSON that is already in canonical compact form (what {@link #toJson} produced, or what
     * a normaliser returned and was stored) to a record, without normalising again.
     *
     * @param canonicalJson a JSON object in canonical form; its {@code @context} is ignored
     * @return the typed record
     * @throws VocabException if {@code type} is missing, or {@code id}, {@code type} or an identity
     *                        property ({@link london.patchwork.federation.jsonld.JsonLdNormaliser#IDENTITY_TERMS})
     *                        is malformed
     */
    public ApObject decode(JsonNode canonicalJson) {
        if (!(canonicalJson instanceof ObjectNode object)) {
            throw new VocabException(VocabException.Reason.NOT_AN_OBJECT, "not a JSON object", null);
        }
        if (object.has("@graph")) {
            throw new VocabException(VocabException.Reason.NOT_AN_OBJECT, "document holds several objects", null);
        }
        // An embedded object may take the type its position implies; a document has no position.
        if (VocabDecoder.types(object).stream().allMatch(String::isBlank)) {
            throw new VocabException(VocabException.Reason.INVALID_VALUE, "a document needs a type", null);
        }
        return decoder.decode(object, null);
    }

    /**
     * @param object a record
     * @return its canonical compact JSON, with the canonical {@code @context}
     */
    public ObjectNode toJson(ApObject object) {
        return encoder.document(object);
    }

    /**
     * @param object a record
     * @return its canonical compact JSON as UTF-8 bytes
     */
    public byte[] write(ApObject object) {
        return bytes(toJson(object));
    }

    private static byte[] bytes(ObjectNode json) {
        try {
            return WRITER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serialises; reaching this is a bug in this class.
            throw new IllegalStateException(e);
        }
    }

    private static VocabException.Reason reason(JsonLdException.Kind kind) {
        return switch (kind) {
            case MALFORMED_JSON -> VocabException.Reason.MALFORMED_JSON;
            case LIMIT_EXCEEDED, TIMEOUT -> VocabException.Reason.LIMIT_EXCEEDED;
            case NOT_AN_OBJECT -> VocabException.Reason.NOT_AN_OBJECT;
            case INVALID_JSON_LD -> VocabException.Reason.INVALID_JSON_LD;
        };
    }
}
