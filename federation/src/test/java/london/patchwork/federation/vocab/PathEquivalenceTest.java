package london.patchwork.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import london.patchwork.federation.conformance.SharedFixtures;
import london.patchwork.federation.jsonld.JsonInput;
import london.patchwork.federation.jsonld.JsonLdNormaliser;
import london.patchwork.federation.jsonld.JsonLdNormaliser.Strategy;
import london.patchwork.federation.jsonld.JsonLimits;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fast path (plain Jackson) and the full path (Titanium) must give the same result for every
 * fixture, ours and the real peers'. Three cases:
 * <ul>
 *   <li>standard contexts only (the fast path is what {@code read} takes): equal records, extras included;</li>
 *   <li>other contexts but plain keys (Mobilizon, Misskey, GoToSocial): equal typed fields; only extras
 *       may be spelled differently (compact IRIs for terms of the contexts the fast path ignores);</li>
 *   <li>keyword, prefixed or IRI keys ({@code @id}, {@code as:content}): only the full path can read
 *       them, so {@code read} must take it (JsonLdNormaliserTest checks what it makes of them).</li>
 * </ul>
 */
class PathEquivalenceTest {

    private final ActivityJson json = ActivityJson.withDefaultLimits();
    private final JsonLdNormaliser normaliser = JsonLdNormaliser.withDefaultLimits();
    private final JsonInput input = new JsonInput(JsonLimits.DEFAULT);
    private final VocabEncoder typedOnly = new VocabEncoder(false);

    @TestFactory
    Stream<DynamicTest> fastAndFullPathsAgree() {
        List<Path> files = new ArrayList<>(SharedFixtures.ownDocuments());
        SharedFixtures.peersDir().ifPresent(dir -> files.addAll(SharedFixtures.peerDocuments()));
        files.removeIf(file -> !SharedFixtures.isActivityStreams(file)); // WebFinger, NodeInfo: refused on both paths
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getParent().getFileName() + "/" + file.getFileName(), () -> {
            byte[] bytes = SharedFixtures.bytes(file);
            ApObject full = json.read(bytes, Strategy.FULL);
            ApObject fast = json.read(bytes, Strategy.FAST);
            JsonNode parsed = input.parseObject(bytes);
            assertThat(json.read(bytes)).as("what read returns for %s", file).isEqualTo(normaliser.isStandard(parsed) ? fast : full);
            if (normaliser.isStandard(parsed)) {
                assertThat(fast).as("record read from %s", file).isEqualTo(full);
            } else if (plainKeys(parsed)) {
                assertThat(typedOnly.body(fast)).as("typed fields of %s", file).isEqualTo(typedOnly.body(full));
            }
        }));
    }

    /** @return true when no key outside {@code @context} is a keyword, IRI or compact IRI */
    private static boolean plainKeys(JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey();
                if (key.equals("@context")) {
                    continue;
                }
                if (key.startsWith("@") || (key.contains(":") && !key.equals("ical:status")) || !plainKeys(field.getValue())) {
                    return false;
                }
            }
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (!plainKeys(item)) {
                    return false;
                }
            }
        }
        return true;
    }
}
