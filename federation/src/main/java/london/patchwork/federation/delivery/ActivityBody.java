package london.patchwork.federation.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bytes of an activity as delivered: compact JSON without {@code bto} and {@code bcc}, which
 * ActivityPub (section 6) requires the sender to remove before delivery so that blind recipients
 * stay blind. Serialised once per activity and shared by all its deliveries.
 */
public final class ActivityBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Deeper than any activity we build; past it the activity is refused rather than sent half-stripped. */
    static final int MAX_DEPTH = 64;

    private ActivityBody() {
    }

    /**
     * A copy of the activity with {@code bto} and {@code bcc} removed at every level (the activity
     * and the objects embedded in it).
     *
     * @throws IllegalArgumentException when the activity is not a JSON object or nests deeper than
     *                                  {@value #MAX_DEPTH} levels
     */
    public static ObjectNode withoutBlindRecipients(JsonNode activity) {
        if (activity == null || !activity.isObject()) {
            throw new IllegalArgumentException("an activity is a JSON object");
        }
        ObjectNode copy = activity.deepCopy();
        strip(copy, 0);
        return copy;
    }

    /** The delivery body: {@link #withoutBlindRecipients(JsonNode)} as compact UTF-8 JSON. */
    public static byte[] serialize(JsonNode activity) {
        try {
            return JSON.writeValueAsBytes(withoutBlindRecipients(activity));
        } catch (JsonProcessingException impossibleForATree) {
            throw new IllegalStateException("a JSON tree could not be written", impossibleForATree);
        }
    }

    private static void strip(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("activity nests deeper than " + MAX_DEPTH + " levels");
        }
        if (node instanceof ObjectNode object) {
            object.remove("bto");
            object.remove("bcc");
        }
        if (node.isContainerNode()) {
            node.forEach(child -> strip(child, depth + 1));
        }
    }
}
