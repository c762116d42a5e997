package london.patchwork.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Small ActivityStreams documents, shaped as Mastodon sends them, for tests to bend into hostile ones. */
public final class Activities {

    public static final String AS_CONTEXT = "https://www.w3.org/ns/activitystreams";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Activities() {
    }

    /** A public Note by {@code author}, addressed to the given actors as well. */
    public static ObjectNode note(URI id, URI author, String html, URI... to) {
        ObjectNode note = JSON.createObjectNode();
        note.put("id", id.toString()).put("type", "Note").put("attributedTo", author.toString())
                .put("content", html).put("published", "2025-03-01T12:00:00Z");
        ArrayNode recipients = note.putArray("to").add(AS_CONTEXT + "#Public");
        for (URI recipient : to) {
            recipients.add(recipient.toString());
        }
        return note;
    }

    /** An activity with a context, an id, a type, an actor and an object. */
    public static ObjectNode activity(String type, URI id, URI actor, JsonNode object) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("@context", AS_CONTEXT).put("id", id.toString()).put("type", type)
                .put("actor", actor.toString()).set("object", object);
        return activity;
    }

    /**
     * {@code Create} of an embedded object. Its id is Mastodon's ({@code <object>/activity}) when the object is
     * the actor's, and otherwise on the actor's host, where the inbox insists it be.
     */
    public static ObjectNode create(URI actor, ObjectNode object) {
        String objectId = object.get("id").asText();
        URI id = objectId.startsWith(actor.toString()) ? URI.create(objectId + "/activity")
                : URI.create(actor + "/creates/" + Integer.toHexString(objectId.hashCode()));
        return activity("Create", id, actor, object);
    }

    public static byte[] bytes(JsonNode document) {
        return document.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
