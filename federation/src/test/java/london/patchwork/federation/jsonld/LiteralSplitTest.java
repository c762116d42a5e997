package london.patchwork.federation.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number or boolean among the values of an IRI-valued term: Titanium's compaction is the
 * reference, and the fast path must put the literals where it does and leave the references.
 */
class LiteralSplitTest {

    private final JsonLdNormaliser normaliser = JsonLdNormaliser.withDefaultLimits();
    private final JsonInput input = new JsonInput(JsonLimits.DEFAULT);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode fast(String json) {
        return normaliser.normalise(utf8(json), JsonLdNormaliser.Strategy.FAST).json();
    }

    private JsonNode full(String json) {
        return normaliser.normalise(utf8(json), JsonLdNormaliser.Strategy.FULL).json();
    }

    private boolean standard(String json) {
        return normaliser.isStandard(input.parseObject(utf8(json)));
    }

    private static List<String> keys(ObjectNode o) {
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** Compaction writes a single value bare; the fast path keeps the sender's array. Compare as arrays. */
    private static ArrayNode values(JsonNode v) {
        return v.isArray() ? (ArrayNode) v : JsonNodeFactory.instance.arrayNode().add(v);
    }

    // One term per namespace and container kind: as:, ldp:, sec: (plain, @set, @vocab), toot:, lemmy:, dc:.
    @ParameterizedTest
    @ValueSource(strings = {"cc", "to", "inReplyTo", "tag", "items", "inbox", "publicKey", "assertionMethod",
            "proofPurpose", "featured", "moderators", "creator"})
    void literalsGoWhereCompactionPutsThemAndReferencesStay(String term) {
        String doc = "{\"@context\": \"https://www.w3.org/ns/activitystreams\", \"type\": \"Note\", \"" + term
                + "\": [\"https://a.example/x\", 5, [true, 1.50]]}";
        ObjectNode full = (ObjectNode) full(doc);
        ObjectNode fast = (ObjectNode) fast(doc);

        assertThat(standard(doc)).isTrue();
        assertThat(keys(fast)).containsExactlyInAnyOrderElementsOf(keys(full));
        String aside = keys(full).stream().filter(k -> k.endsWith(":" + term)).findFirst().orElseThrow();
        assertThat(fast.get(aside)).isEqualTo(full.get(aside));
        assertThat(values(fast.get(aside))).hasSize(3);
        assertThat(values(fast.get(term))).isEqualTo(values(full.get(term)));
    }

    @Test
    void aValueOfOnlyLiteralsLeavesTheTermOut() {
        String doc = "{\"type\": \"Note\", \"cc\": 42, \"to\": [false]}";
        assertThat(fast(doc)).isEqualTo(full(doc));
        assertThat(fast(doc).has("cc")).isFalse();
        assertThat(fast(doc).get("as:cc").intValue()).isEqualTo(42);
    }

    @Test
    void literalsAlreadySetAsideKeepTheirDocumentOrder() {
        String asideFirst = "{\"type\": \"Note\", \"as:cc\": 5, \"cc\": [\"https://a.example/x\", 7]}";
        String asideLast = "{\"type\": \"Note\", \"cc\": [\"https://a.example/x\", 7], \"as:cc\": 5}";
        assertThat(fast(asideFirst).get("as:cc")).isEqualTo(full(asideFirst).get("as:cc"));
        assertThat(fast(asideLast).get("as:cc")).isEqualTo(full(asideLast).get("as:cc"));
        assertThat(fast(asideFirst).get("as:cc").get(0).intValue()).isEqualTo(5);
        assertThat(fast(asideLast).get("as:cc").get(0).intValue()).isEqualTo(7);
    }

    @Test
    void nestedObjectsAreSplitToo() {
        String doc = "{\"type\": \"Note\", \"preview\": {\"type\": \"Note\", \"cc\": [\"https://a.example/x\", 7]}}";
        assertThat(fast(doc).at("/preview/as:cc")).isEqualTo(full(doc).at("/preview/as:cc"));
        assertThat(fast(doc).at("/preview/as:cc").intValue()).isEqualTo(7);
    }

    @Test
    void writtenBackLiteralsStayOnTheFastPathButNothingElseUnderTheCompactIri() {
        assertThat(standard("{\"type\": \"Note\", \"cc\": \"https://a.example/x\", \"as:cc\": [5, true]}")).isTrue();
        // A string or an object under as:cc is a reference the full path moves to cc.
        assertThat(standard("{\"type\": \"Note\", \"as:cc\": [5, \"https://a.example/y\"]}")).isFalse();
        assertThat(standard("{\"type\": \"Note\", \"as:cc\": {\"id\": \"https://a.example/y\"}}")).isFalse();
        assertThat(full("{\"type\": \"Note\", \"as:cc\": [5, \"https://a.example/y\"]}").get("cc").asText())
                .isEqualTo("https://a.example/y");
    }

    @Test
    void aLiteralInOrderedItemsTakesTheFullPathWhichMovesTheWholeList() {
        String doc = "{\"type\": \"OrderedCollection\", \"orderedItems\": [\"https://a.example/x\", 5]}";
        assertThat(standard(doc)).isFalse();
        assertThat(full(doc).has("orderedItems")).isFalse();
        assertThat(full(doc).at("/as:items/@list")).hasSize(2);
        assertThat(standard("{\"type\": \"OrderedCollection\", \"orderedItems\": [\"https://a.example/x\", [5]]}")).isTrue();
    }
}
