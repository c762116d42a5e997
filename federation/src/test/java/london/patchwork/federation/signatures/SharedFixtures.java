package london.patchwork.federation.signatures;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the shared third-party fixtures (published signature vectors) at run time. They are never
 * copied into the project: tests read them where they are, skip with a message on a fresh clone
 * elsewhere, and fail when CI=true because CI always has them.
 */
final class SharedFixtures {

    private SharedFixtures() {
    }

    /** @return the {@code http-signatures} folder, or skips (fails on CI) when it is absent */
    static Path httpSignatures() {
        Optional<Path> found = locate().map(root -> root.resolve("http-signatures")).filter(Files::isDirectory);
        if (found.isEmpty()) {
            String message = "shared fixtures not found at ../../shared/fixtures/http-signatures "
                    + "(set -Dpatchwork.shared.dir to the shared folder); skipping the signature conformance test";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message.replace("skipping", "CI requires"));
            }
            System.out.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        return found.get();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> locate() {
        Path relative = Path.of("..", "..", "shared", "fixtures");
        if (Files.isDirectory(relative)) {
            return Optional.of(relative);
        }
        String property = System.getProperty("patchwork.shared.dir");
        if (property == null || property.isBlank()) {
            return Optional.empty();
        }
        Path shared = Path.of(property);
        return Optional.of(Files.isDirectory(shared.resolve("fixtures")) ? shared.resolve("fixtures") : shared);
    }
}
