package london.patchwork.federation.fetch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Damages JSON documents at random, reproducibly (seeded): swaps a value for one of another type,
 * drops a member, nests deeply, inflates an array, or empties an object. Parsers of peer documents
 * are run over thousands of these to show that only their own typed exceptions escape.
 */
public final class JsonMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;

    public JsonMutations(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} damaged copies of a document, each with one to three mutations. */
    public List<JsonNode> of(JsonNode document, int count) {
        List<JsonNode> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            JsonNode copy = document.deepCopy();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                copy = mutate(copy);
            }
            out.add(copy);
        }
        return out;
    }

    private JsonNode mutate(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty() || random.nextInt(20) == 0) {
            return replacement();
        }
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(4) == 0) {
                object.remove(name);
            } else {
                object.set(name, replacement());
            }
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), replacement());
        }
        return root;
    }

    private JsonNode replacement() {
        return switch (random.nextInt(11)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.textNode("");
            case 4 -> NODES.textNode("not a uri \u0000 \r\n" + "x".repeat(random.nextInt(2000)));
            case 5 -> NODES.textNode("https://[::1/%zz");
            case 6 -> NODES.objectNode();
            case 7 -> NODES.arrayNode();
            case 8 -> deep(150);
            case 9 -> huge(2_000);
            default -> NODES.numberNode(1e308 * 10);
        };
    }

    private static JsonNode deep(int depth) {
        ArrayNode root = NODES.arrayNode();
        ArrayNode current = root;
        for (int i = 0; i < depth; i++) {
            current = current.addArray();
        }
        return root;
    }

    private static JsonNode huge(int size) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            array.add("https://spam.example/" + i);
        }
        return array;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode() && into.size() < 10_000) {
            into.add(node);
            node.forEach(child -> collect(child, into));
        }
    }
}
