package london.patchwork.server.interop;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code node} and {@code npm} from the PATH. The interop tests skip with a plain message where Node is
 * missing, except under {@code CI=true}: CI must run them, so there a missing Node fails the build.
 *
 * @param node the node executable
 * @param npm  the npm executable
 */
record NodeTools(Path node, Path npm) {

    // Fedify 2.3 declares Node 22; 20 is the oldest it has been checked to run on here.
    private static final int MINIMUM_NODE = 20;

    /** Node and npm from this process's PATH; under {@code CI=true} their absence is an error. */
    static NodeTools require() {
        return require(System.getenv().getOrDefault("PATH", ""), "true".equals(System.getenv("CI")));
    }

    static NodeTools require(String path, boolean ci) {
        Optional<Path> node = onPath(path, "node");
        Optional<Path> npm = onPath(path, "npm");
        if (node.isEmpty() || npm.isEmpty()) {
            unavailable(ci, "The Fedify interop tests need node (" + MINIMUM_NODE + " or newer) and npm on the PATH; "
                    + "found node=" + node.isPresent() + " npm=" + npm.isPresent() + ".");
        }
        NodeTools tools = new NodeTools(node.get(), npm.get());
        int major = tools.nodeMajorVersion(ci);
        if (major < MINIMUM_NODE) {
            unavailable(ci, "The Fedify interop tests need Node " + MINIMUM_NODE + " or newer; " + node.get()
                    + " is Node " + major + ".");
        }
        return tools;
    }

    private static void unavailable(boolean ci, String message) {
        if (ci) {
            throw new IllegalStateException(message + " CI=true, so this fails.");
        }
        Assumptions.abort(message + " Skipped.");
    }

    private int nodeMajorVersion(boolean ci) {
        try {
            Process process = new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor();
            return Integer.parseInt(version.replaceFirst("^v", "").split("\\.")[0]);
        } catch (IOException | NumberFormatException e) {
            unavailable(ci, node + " --version failed: " + e.getMessage() + ".");
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> onPath(String path, String name) {
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
