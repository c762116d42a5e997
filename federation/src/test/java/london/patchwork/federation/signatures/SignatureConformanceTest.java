package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every published vector in {@code ../shared/fixtures/http-signatures}: draft-cavage-12 appendix C,
 * RFC 9421 (signature bases, signatures, derived components, the appendix B keys as PEM and JWK)
 * and Mastodon's own request spec with its frozen clock. Skips with a message where the folder is
 * absent, fails there when CI=true.
 */
class SignatureConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CAVAGE = new AtomicInteger();
    private static final AtomicInteger RFC9421 = new AtomicInteger();
    private static final AtomicInteger COMPONENTS = new AtomicInteger();
    private static final AtomicInteger KEYS = new AtomicInteger();
    private static final AtomicInteger MASTODON = new AtomicInteger();

    @Test
    void sharedVectorsArePresent() {
        Path root = SharedFixtures.httpSignatures();

        assertThat(root.resolve("cavage-12/vectors.json")).isRegularFile();
        assertThat(root.resolve("rfc9421/vectors.json")).isRegularFile();
        assertThat(root.resolve("mastodon/signature-verification-cases.json")).isRegularFile();
    }

    @TestFactory
    Stream<DynamicTest> cavageVectors() throws IOException {
        Path folder = SharedFixtures.httpSignatures().resolve("cavage-12");
        JsonNode root = JSON.readTree(folder.resolve("vectors.json").toFile());
        CavageVectors vectors = new CavageVectors(folder);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode vector : root.get("vectors")) {
            String id = vector.get("id").asText();
            tests.add(DynamicTest.dynamicTest("cavage " + id, () -> {
                if (id.startsWith("C.3")) {
                    vectors.checkAllHeaders(vector);
                } else {
                    vectors.checkValid(vector);
                }
                CAVAGE.incrementAndGet();
            }));
        }
        for (JsonNode example : root.get("illustrative_examples_without_real_signatures")) {
            tests.add(DynamicTest.dynamicTest("cavage " + example.get("section").asText(), () -> {
                vectors.checkHs2019Example(example);
                CAVAGE.incrementAndGet();
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> rfc9421Vectors() throws IOException {
        Path folder = SharedFixtures.httpSignatures().resolve("rfc9421");
        Rfc9421Vectors vectors = new Rfc9421Vectors(folder);
        FixtureKeys keys = new FixtureKeys(folder);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode vector : JSON.readTree(folder.resolve("vectors.json").toFile()).get("vectors")) {
            tests.add(DynamicTest.dynamicTest("rfc9421 " + vector.get("id").asText(), () -> {
                vectors.check(vector);
                RFC9421.incrementAndGet();
            }));
        }
        for (JsonNode example : JSON.readTree(folder.resolve("derived-components.json").toFile()).get("examples")) {
            tests.add(DynamicTest.dynamicTest("rfc9421 component " + example.get("component").asText(), () -> {
                DerivedComponentExamples.check(example);
                COMPONENTS.incrementAndGet();
            }));
        }
        for (String keyId : List.of("test-key-rsa", "test-key-rsa-pss", "test-key-ecc-p256", "test-key-ed25519")) {
            tests.add(DynamicTest.dynamicTest("rfc9421 key " + keyId, () -> KEYS.addAndGet(keys.checkPemMatchesJwk(keyId))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> mastodonCases() throws IOException {
        Path folder = SharedFixtures.httpSignatures().resolve("mastodon");
        JsonNode root = JSON.readTree(folder.resolve("signature-verification-cases.json").toFile());
        MastodonCases cases = new MastodonCases(folder, root.get("keyId").asText());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            tests.add(DynamicTest.dynamicTest("mastodon " + c.get("scheme").asText() + " " + c.get("context").asText(),
                    () -> {
                        cases.check(c);
                        MASTODON.incrementAndGet();
                    }));
        }
        assertThat(tests).hasSize(25);
        return tests.stream();
    }

    @AfterAll
    static void report() {
        System.out.printf("HTTP signature conformance: checked %d draft-cavage vectors, %d RFC 9421 vectors, "
                        + "%d RFC 9421 component examples, %d RFC 9421 keys (PEM = JWK), %d Mastodon cases%n",
                CAVAGE.get(), RFC9421.get(), COMPONENTS.get(), KEYS.get(), MASTODON.get());
    }
}
