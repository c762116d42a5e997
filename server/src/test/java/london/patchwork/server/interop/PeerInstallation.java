package london.patchwork.server.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Fedify peer, copied from {@code src/test/fedify-peer} to {@code target/fedify-peer} and installed there
 * with {@code npm ci} from the committed lock file, so the source tree never holds {@code node_modules}. The
 * install is repeated only when the lock file or package.json changes (a marker in node_modules holds their
 * hash), so a second run starts in well under a second instead of ~11 s.
 */
final class PeerInstallation {

    private static final String SOURCE = "src/test/fedify-peer";
    private static final String MARKER = "node_modules/.patchwork-install-sha256";
    private static final long INSTALL_TIMEOUT_MINUTES = 5;

    private static final java.util.Map<String, Path> INSTALLED = new java.util.HashMap<>();

    private PeerInstallation() {
    }

    /** The installed peer directory, ready for {@code node peer.mjs}; installed once per test JVM at most. */
    static Path prepare(NodeTools tools) {
        return prepare(tools, SOURCE);
    }

    /**
     * Any npm project of the tests ({@code src/test/<name>}, with its lock file) copied to {@code target/<name>} and
     * installed the same way: the Fedify peer, and the masto client library.
     */
    static synchronized Path prepare(NodeTools tools, String source) {
        return INSTALLED.computeIfAbsent(source, ignored -> {
            Path module = moduleDirectory(source);
            Path target = module.resolve("target").resolve(Path.of(source).getFileName());
            copySources(module.resolve(source), target);
            install(tools, target);
            return target;
        });
    }

    /** Where the peer's logs go: {@code target/fedify-peer/logs}. */
    static Path logs(Path peerDirectory) {
        Path logs = peerDirectory.resolve("logs");
        try {
            return Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Maven runs tests in the server module; an IDE may run them from the repository root.
    private static Path moduleDirectory(String source) {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(here, here.resolve("server"))) {
            if (Files.isDirectory(candidate.resolve(source))) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find " + source + " from " + here);
    }

    private static void copySources(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = source.relativize(file);
                if (relative.startsWith("node_modules")) {
                    continue;
                }
                Path destination = target.resolve(relative);
                Files.createDirectories(destination.getParent());
                Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + source + " to " + target, e);
        }
    }

    private static void install(NodeTools tools, Path directory) {
        String wanted = inputsHash(directory);
        Path marker = directory.resolve(MARKER);
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(wanted)) {
                return;
            }
            Path log = logs(directory).resolve("npm-ci.log");
            Process npm = new ProcessBuilder(tools.npm().toString(), "ci", "--no-audit", "--no-fund",
                    "--loglevel=warn")
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!npm.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci took over " + INSTALL_TIMEOUT_MINUTES + " minutes; see " + log);
            }
            if (npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci failed (exit " + npm.exitValue() + "): "
                        + Files.readString(log));
            }
            Files.writeString(marker, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException("could not install the npm project in " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String inputsHash(Path directory) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(Files.readAllBytes(directory.resolve("package.json")));
            sha256.update(Files.readAllBytes(directory.resolve("package-lock.json")));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
