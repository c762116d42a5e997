package london.patchwork.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real documents other servers publish, read from {@code ../shared/fixtures} at run time (never copied into
 * the project). Where the folder is missing the test is skipped with a message, except under {@code CI=true}.
 */
public final class SharedFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedFixtures() {
    }

    public static Path root() {
        String configured = System.getProperty("patchwork.shared.dir");
        Path path = configured != null ? Path.of(configured, "fixtures") : Path.of("..", "..", "shared", "fixtures");
        if (!Files.isDirectory(path)) {
            String message = "shared fixtures not found at " + path.toAbsolutePath().normalize()
                    + " (set -Dpatchwork.shared.dir); skipping";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message.replace("; skipping", ": required under CI=true"));
            }
            Assumptions.abort(message);
        }
        return path;
    }

    /**
     * A peer document with its URLs rewritten to point at test servers, keeping its shape: every occurrence of
     * each key in {@code replacements} becomes its value (longest keys first, so prefixes do not clash).
     */
    public static JsonNode peer(String name, Map<String, String> replacements) {
        try {
            String text = Files.readString(root().resolve("peers").resolve(name));
            Map<String, String> ordered = new LinkedHashMap<>();
            replacements.entrySet().stream()
                    .sorted((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()))
                    .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
            for (Map.Entry<String, String> entry : ordered.entrySet()) {
                text = text.replace(entry.getKey(), entry.getValue());
            }
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
