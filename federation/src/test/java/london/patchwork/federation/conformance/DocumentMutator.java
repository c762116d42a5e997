package london.patchwork.federation.conformance;

import java.io.IOException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damages JSON documents the ways a hostile or broken peer would: truncation, stray bytes,
 * duplicate keys, wrong types, huge arrays, deep nesting, unknown or invalid contexts, bad IRIs,
 * nulls, JSON-LD keywords where they do not belong. Deterministic for a given {@link Random}.
 */
final class DocumentMutator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // Mutations nest deep values inside deep values; the mutator itself must be able to write them.
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build())
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build())
            .build());
    private static final List<String> TYPES = List.of("Note", "Person", "Group", "Place", "Event", "Question",
            "Create", "Follow", "Flag", "OrderedCollection", "CollectionPage", "Link", "Mention", "PostalAddress",
            "PropertyValue", "Tombstone", "Image", "Relationship", "Unknown", "as:Note");
    private static final List<String> KEYS = List.of("id", "type", "to", "actor", "object", "@context", "@id", "@type",
            "@graph", "@reverse", "@list", "@value", "publicKey", "location", "address", "tag", "as:content",
            "https://www.w3.org/ns/activitystreams#name", "orderedItems", "contentMap", "startTime", "latitude");
    private static final List<String> BAD_IRIS = List.of("", " ", "::", "http://[::1", "ht tp://x", "%zz",
            "javascript:alert(1)", "\u0000", "https://a.example/\u202e", "//", "#", "as:", "mailto:", "urn:",
            "http://a.example:99999999/", "https://{{DOMAIN}}/x", "x".repeat(5000));
    private static final List<String> CONTEXTS = List.of("https://unknown.example/ctx.jsonld",
            "https://w3id.org/security/multikey/v1", "https://join-lemmy.org/context.json", "http://schema.org",
            "https://w3id.org/security/data-integrity/v2", "file:///etc/passwd", "http://127.0.0.1:1/x", "not a url");

    private final Random random;

    DocumentMutator(Random random) {
        this.random = random;
    }

    /** @return a damaged copy of {@code original} */
    byte[] mutate(byte[] original) throws IOException {
        JsonNode tree = MAPPER.readTree(original);
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            tree = mutateTree(tree);
        }
        byte[] bytes = MAPPER.writeValueAsBytes(tree);
        return switch (random.nextInt(10)) {
            case 0 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 1 -> strayBytes(bytes);
            case 2 -> duplicateKey(bytes);
            default -> bytes;
        };
    }

    private JsonNode mutateTree(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = value();
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            switch (random.nextInt(4)) {
                case 0 -> o.set(KEYS.get(random.nextInt(KEYS.size())), replacement);
                case 1 -> {
                    if (!names.isEmpty()) {
                        o.remove(names.get(random.nextInt(names.size())));
                    }
                }
                default -> o.set(names.isEmpty() ? "id" : names.get(random.nextInt(names.size())), replacement);
            }
        } else if (target instanceof ArrayNode a) {
            if (a.isEmpty()) {
                a.add(replacement);
            } else {
                a.set(random.nextInt(a.size()), replacement);
            }
        }
        return random.nextInt(50) == 0 ? NODES.arrayNode().add(root) : root;
    }

    private JsonNode value() {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextInt(7) == 0 ? Double.MAX_VALUE : random.nextLong());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.textNode(BAD_IRIS.get(random.nextInt(BAD_IRIS.size())));
            case 4 -> NODES.textNode(TYPES.get(random.nextInt(TYPES.size())));
            case 5 -> hugeArray();
            case 6 -> deep(30 + random.nextInt(800));
            case 7 -> NODES.textNode(CONTEXTS.get(random.nextInt(CONTEXTS.size())));
            case 8 -> NODES.arrayNode().add("https://www.w3.org/ns/activitystreams")
                    .add(CONTEXTS.get(random.nextInt(CONTEXTS.size())));
            case 9 -> NODES.objectNode().put("@vocab", random.nextInt()).put("@language", 5);
            case 10 -> NODES.objectNode().put("@value", "x").put("@type", "@id").put("@language", "en");
            case 11 -> NODES.objectNode().set("@list", NODES.arrayNode().add(NODES.objectNode().set("@list", NODES.arrayNode())));
            case 12 -> NODES.objectNode().put("type", TYPES.get(random.nextInt(TYPES.size())))
                    .put("id", BAD_IRIS.get(random.nextInt(BAD_IRIS.size())));
            default -> NODES.objectNode();
        };
    }

    private JsonNode hugeArray() {
        ArrayNode a = NODES.arrayNode();
        int n = 1_000 + random.nextInt(20_000);
        boolean strings = random.nextBoolean();
        for (int i = 0; i < n; i++) {
            if (strings) {
                a.add("https://a.example/u/" + i);
            } else {
                a.add(i);
            }
        }
        return a;
    }

    private static JsonNode deep(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("object", node);
        }
        return node;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    private byte[] strayBytes(byte[] bytes) {
        byte[] out = bytes.clone();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private byte[] duplicateKey(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        int brace = s.indexOf('{');
        return brace < 0 ? bytes : (s.substring(0, brace + 1) + "\"id\":\"https://a.example/1\",\"id\":\"https://b.example/2\","
                + s.substring(brace + 1)).getBytes(StandardCharsets.UTF_8);
    }
}
