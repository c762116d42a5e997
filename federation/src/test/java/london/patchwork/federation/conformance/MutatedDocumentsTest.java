package london.patchwork.federation.conformance;

import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.VocabException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of damaged documents (seeded, so any failure can be replayed) must each end in a record
 * or a {@link VocabException}, never another exception. The slowest is printed, and kept in
 * target/mutation-slowest.json; JSON-LD's own deadline bounds it, so no time limit is asserted here,
 * where a busy machine would fail it.
 */
class MutatedDocumentsTest {

    private static final long SEED = 0x5EED_2025L;
    private static final int DOCUMENTS = 5_000;

    private final ActivityJson json = ActivityJson.withDefaultLimits();

    @Test
    void damagedDocumentsOnlyEverRaiseVocabException() throws Exception {
        List<Path> corpus = new ArrayList<>(SharedFixtures.ownDocuments());
        SharedFixtures.peersDir().ifPresent(dir -> corpus.addAll(SharedFixtures.peerDocuments()));
        List<byte[]> originals = corpus.stream().map(SharedFixtures::bytes).toList();
        // Warm the JIT on the undamaged documents first: the bound is for blow-ups, not for cold code.
        for (int round = 0; round < 3; round++) {
            for (byte[] original : originals) {
                try {
                    json.read(original, london.patchwork.federation.jsonld.JsonLdNormaliser.Strategy.FULL);
                } catch (VocabException notActivityStreams) {
                    // WebFinger and NodeInfo originals have no type; their mutations still must not escape otherwise
                }
            }
        }
        Random random = new Random(SEED);
        DocumentMutator mutator = new DocumentMutator(random);

        int accepted = 0;
        int rejected = 0;
        long slowestNanos = 0;
        int slowest = -1;
        for (int i = 0; i < DOCUMENTS; i++) {
            int source = random.nextInt(originals.size());
            byte[] damaged = mutator.mutate(originals.get(source));
            String where = "document " + i + " (seed " + SEED + ", from " + corpus.get(source).getFileName() + ")";
            long start = System.nanoTime();
            ApObject record = null;
            try {
                record = json.read(damaged);
                accepted++;
            } catch (VocabException expected) {
                rejected++;
            } catch (Throwable unexpected) {
                throw failure(where + " raised " + unexpected, damaged, unexpected);
            }
            long took = System.nanoTime() - start;
            if (record != null) {
                try {
                    assertThat(json.read(json.write(record))).as("round trip of %s", where).isEqualTo(record);
                } catch (Throwable broken) {
                    throw failure("what we read from " + where + " does not read back: " + broken, damaged, broken);
                }
            }
            if (took > slowestNanos) {
                slowestNanos = took;
                slowest = i;
                Files.write(Path.of("target", "mutation-slowest.json"), damaged);
            }
        }
        System.out.printf("Mutation test: %d damaged documents from %d originals, %d read, %d rejected with "
                        + "VocabException, slowest %.1f ms (document %d)%n", DOCUMENTS, originals.size(), accepted,
                rejected, slowestNanos / 1e6, slowest);
        assertThat(accepted + rejected).isEqualTo(DOCUMENTS);
        assertThat(rejected).as("the mutations do break documents").isPositive();
        assertThat(accepted).as("and some survive as records").isPositive();
    }

    /** Keeps the document so a failure can be looked at without replaying the seed. */
    private static AssertionError failure(String message, byte[] document, Throwable cause) throws Exception {
        Files.write(Path.of("target", "mutation-failure.json"), document);
        return new AssertionError(message + " (document saved as target/mutation-failure.json)", cause);
    }
}
