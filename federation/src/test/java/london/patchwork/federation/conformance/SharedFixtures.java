package london.patchwork.federation.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the fixtures tests read at run time: the real peer documents in the shared folder (never
 * copied into the project) and our own under {@code src/test/resources/fixtures}.
 */
public final class SharedFixtures {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private SharedFixtures() {
    }

    /**
     * The shared {@code peers} folder: {@code ../../shared/fixtures/peers} from the module directory
     * (where Maven runs tests), else {@code <patchwork.shared.dir>/fixtures/peers} (or {@code /peers}).
     */
    public static Optional<Path> peersDir() {
        return candidates().stream().filter(Files::isDirectory).findFirst();
    }

    private static List<Path> candidates() {
        List<Path> candidates = new java.util.ArrayList<>(List.of(Path.of("..", "..", "shared", "fixtures", "peers")));
        String property = System.getProperty("patchwork.shared.dir");
        if (property != null) {
            candidates.add(Path.of(property, "fixtures", "peers"));
            candidates.add(Path.of(property, "peers"));
        }
        return candidates;
    }

    /**
     * The shared peers folder, or a skipped test with a clear message; under {@code CI=true} its
     * absence fails the test instead, because CI must check the real documents.
     */
    public static Path requirePeersDir() {
        Optional<Path> dir = peersDir();
        if (dir.isEmpty()) {
            String message = "shared peer fixtures not found at " + candidates()
                    + " (set -Dpatchwork.shared.dir=<shared dir> to point at them)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + "; CI=true requires them");
            }
            Assumptions.abort(message + "; skipping");
        }
        return dir.get();
    }

    /** @return every {@code .json} file under the shared peers folder, sorted */
    public static List<Path> peerDocuments() {
        return jsonFiles(requirePeersDir());
    }

    /** @return every {@code .json} file of our own fixtures, sorted */
    public static List<Path> ownDocuments() {
        try {
            return jsonFiles(Path.of(SharedFixtures.class.getResource("/fixtures").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the bytes of one of our fixtures, e.g. {@code "mastodon.example/users/ada/statuses/110/activity.json"} */
    public static byte[] own(String path) {
        try (var in = SharedFixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a fixture is an ActivityStreams document at all: one with a {@code type}. WebFinger
     * and NodeInfo documents have none, and {@code ActivityJson} refuses a document without one.
     *
     * @return true when the file is a JSON object with a {@code type}
     */
    public static boolean isActivityStreams(Path file) {
        try {
            return JSON.readTree(bytes(file)).has("type");
        } catch (IOException notJson) {
            return false;
        }
    }

    /** @return a file's bytes */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
