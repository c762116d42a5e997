package london.patchwork.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code server/target/patchwork.jar}, built in the package phase, before failsafe runs)
 * started as a separate operating-system process, configured through environment variables as in production,
 * so that a test can kill it with SIGKILL or run two of them on one database. Its output goes to a log file
 * under {@code target/server-processes/}.
 */
public final class ServerProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the server jar as {@code hub} on a port and a database, with more environment on top.
     *
     * @param environment extra variables, e.g. {@code PATCHWORK_DELIVERY_WORKERS}
     */
    public static ServerProcess start(String name, TestHubs hub, String jdbcUrl, int port,
                                      Map<String, String> environment) {
        Path jar = jar();
        Path log = Path.of("target", "server-processes", name + ".log").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("PATCHWORK_") || key.startsWith("MICRONAUT_")
                || key.startsWith("DATASOURCES_"));
        env.putAll(processEnvironment(hub, jdbcUrl, port));
        env.putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            return new ServerProcess(name, builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + jar, e);
        }
    }

    private static Map<String, String> processEnvironment(TestHubs hub, String jdbcUrl, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("DATASOURCES_DEFAULT_URL", jdbcUrl);
        env.put("DATASOURCES_DEFAULT_USERNAME", TestPostgres.username());
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
        env.put("PATCHWORK_HUB_USERNAME", hub.username());
        env.put("PATCHWORK_HUB_NAME", hub.displayName());
        env.put("PATCHWORK_ADMIN_TOKEN", TestHubs.ORGANISER_TOKEN);
        return env;
    }

    /** The packaged jar; the failsafe run comes after the package phase, which builds it. */
    public static Path jar() {
        for (Path candidate : List.of(Path.of("target", "patchwork.jar"), Path.of("server", "target", "patchwork.jar"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("server/target/patchwork.jar is missing: run the tests through "
                + "'./mvnw verify' (the package phase builds it before the integration tests)");
    }

    /** Waits until the server answers its health check, or fails with the end of its log. */
    public ServerProcess awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (healthy()) {
                return this;
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException(name + " was not ready within " + limit + ":\n" + logTail());
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** SIGKILL: no shutdown hook, no clean-up, exactly as a crash or an OOM kill. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM, and SIGKILL if it has not stopped in 30 s. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            if (!waitFor(Duration.ofSeconds(30))) {
                kill();
            }
        }
    }

    /** A GET with the organiser token. */
    public String getAsOrganiser(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private boolean healthy() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url("/health"))).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean waitFor(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
