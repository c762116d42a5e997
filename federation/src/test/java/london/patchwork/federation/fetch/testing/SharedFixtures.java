package london.patchwork.federation.fetch.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the real third-party fixtures in the workspace's {@code shared/fixtures} folder. They are
 * read in place, never copied into the project. Where the folder is absent (a fresh clone) the
 * tests that need it are skipped with a message, except under {@code CI=true}, where that is a failure.
 */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    /** The fixtures folder, when present: {@code ../../shared/fixtures} or {@code ${patchwork.shared.dir}/fixtures}. */
    public static Optional<Path> root() {
        Path relative = Path.of("..", "..", "shared", "fixtures");
        if (Files.isDirectory(relative)) {
            return Optional.of(relative.normalize());
        }
        String property = System.getProperty("patchwork.shared.dir");
        if (property != null && Files.isDirectory(Path.of(property, "fixtures"))) {
            return Optional.of(Path.of(property, "fixtures"));
        }
        return Optional.empty();
    }

    /** The fixtures folder; skips the test (or fails it under CI) when there is none. */
    public static Path require() {
        Optional<Path> root = root();
        String message = "shared fixtures not found at ../../shared/fixtures nor under -Dpatchwork.shared.dir";
        if (root.isEmpty() && "true".equals(System.getenv("CI"))) {
            Assertions.fail(message + " (required when CI=true)");
        }
        Assumptions.assumeTrue(root.isPresent(), message + ": skipping the conformance test");
        return root.get();
    }
}
