package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * What an inbox needs to know about a POSTed activity before anything else: its {@code id} (the
 * key it is stored and deduplicated by), its {@code type} and its {@code actor} (who must own the
 * signing key). Read straight from the parsed JSON, without JSON-LD, because it runs on the request
 * path for every delivery; the full reading ({@link ActivityJson}) happens later, off it.
 *
 * <p>Strict, as identity is everywhere: the id and the actor must be absolute http(s) IRIs with a host
 * exactly as given (nothing is escaped or repaired), the actor a string or an embedded object with such
 * an id (or a one-element array of either); the type a non-blank string, or an array whose first entry
 * is one.
 *
 * <pre>{@code
 * ObjectNode body = jsonInput.parseObject(bytes);
 * Envelope envelope = Envelope.read(body);   // VocabException: answer 400
 * if (!signer.equals(envelope.actor())) ...  // 403
 * }</pre>
 *
 * @param id    the activity's id
 * @param type  its type, or the first of its types
 * @param actor the actor's id
 */
public record Envelope(URI id, String type, URI actor) {

    private static final String NEEDS = "an activity needs an id, a type and an actor";

    /** Requires all three. */
    public Envelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
    }

    /**
     * @param json the parsed body of an inbox POST
     * @return its id, type and actor
     * @throws VocabException ({@link VocabException.Reason#INVALID_VALUE}) when one of them is missing or
     *                        malformed; the message says which
     */
    public static Envelope read(ObjectNode json) {
        URI id = httpIri(json.get("id"));
        if (id == null) {
            throw refused("its id is not an http(s) IRI");
        }
        String type = type(json.get("type"));
        if (type == null) {
            throw refused("its type is not a string or an array of strings");
        }
        JsonNode actor = json.get("actor");
        if (actor != null && actor.isArray() && actor.size() == 1) {
            actor = actor.get(0);
        }
        if (actor != null && actor.isObject()) {
            actor = actor.get("id");
        }
        URI actorId = httpIri(actor);
        if (actorId == null) {
            throw refused("its actor is not an http(s) IRI or an object with one as its id");
        }
        return new Envelope(id, type, actorId);
    }

    private static VocabException refused(String why) {
        return new VocabException(VocabException.Reason.INVALID_VALUE, NEEDS + ": " + why, null);
    }

    private static String type(JsonNode type) {
        if (type != null && type.isArray() && !type.isEmpty()) {
            type = type.get(0);
        }
        return type != null && type.isTextual() && !type.asText().isBlank() ? type.asText() : null;
    }

    /** @return the IRI when {@code value} is a string holding an absolute http(s) IRI with a host, else null */
    private static URI httpIri(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            URI uri = new URI(value.asText());
            boolean http = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
