package london.patchwork.server.livinglab;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Patchwork hub run as a child JVM, on its own database of the lab's {@link LabCluster} and behind its own
 * {@link LabLink}: the hub calls itself by the link's URL, so every other server reaches it through the link. Being
 * a separate process is what makes a stop a real stop and its memory the operating system's figure.
 */
public final class HubProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubProcess.class);
    static final String MAIN_CLASS = "london.patchwork.server.Application";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(250);

    private final HubSettings settings;
    private final String jdbcUrl;
    private final String databaseUser;
    private final String databasePassword;
    private final int internalPort;
    private final LabLink link;
    private final Path log;
    private final Path mediaDirectory;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Process process;
    private volatile long peakRssBytes;
    private volatile int restarts;

    /**
     * A hub not yet started.
     *
     * @param internalPort the port the hub itself listens on; {@code link} forwards its public port there
     * @param outputDirectory the run's directory: the log goes to {@code logs/{username}.log}, uploads to
     *                        {@code media/{username}}
     */
    public HubProcess(HubSettings settings, String jdbcUrl, String databaseUser, String databasePassword,
                      int internalPort, LabLink link, Path outputDirectory) {
        this.settings = settings;
        this.jdbcUrl = jdbcUrl;
        this.databaseUser = databaseUser;
        this.databasePassword = databasePassword == null ? "" : databasePassword;
        this.internalPort = internalPort;
        this.link = link;
        Path out = outputDirectory.toAbsolutePath().normalize();
        this.log = out.resolve("logs").resolve(settings.username() + ".log");
        this.mediaDirectory = out.resolve("media").resolve(settings.username());
        this.token = newToken();
    }

    /** A hub on a new database of {@code cluster}, a free internal port, and a new link of {@code network}. */
    public static HubProcess prepare(HubSettings settings, LabCluster cluster, LabNetwork network,
                                     Path outputDirectory) {
        int port = network.reservePort();
        LabLink link = network.open(settings.username(), port);
        return new HubProcess(settings, cluster.newDatabase(settings.username()), cluster.username(),
                cluster.password(), port, link, outputDirectory);
    }

    /** Starts the process (returns at once; see {@link #awaitReady}). Its output is appended to its log. */
    public synchronized void start() {
        if (alive()) {
            throw new IllegalStateException(settings.username() + " is already running");
        }
        if (process != null) {
            restarts++; // started again after a stop, by restart() or by a fault drill
        }
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(mediaDirectory);
            ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // A hub configured by the lab must not pick up the operator's own hub settings from the environment.
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(key -> key.startsWith("PATCHWORK_")
                    || key.startsWith("MICRONAUT_") || key.startsWith("DATASOURCES_"));
            // As server/bin/patchwork: glibc's many malloc arenas are most of a small JVM's native overhead.
            environment.putIfAbsent("MALLOC_ARENA_MAX", "2");
            process = builder.start();
            LOG.debug("event=hub_process_started hub={} pid={} port={} publicPort={}", settings.username(),
                    process.pid(), internalPort, link.port());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the hub " + settings.username(), e);
        }
    }

    List<String> command() {
        return HubProcessCommand.of(settings.heapMb(), systemProperties());
    }

    /** What the hub is told, as system properties (Micronaut reads them like its own configuration). */
    Map<String, String> systemProperties() {
        Map<String, String> properties = new java.util.TreeMap<>();
        properties.put("datasources.default.url", jdbcUrl);
        properties.put("datasources.default.username", databaseUser);
        properties.put("datasources.default.password", databasePassword);
        properties.put("datasources.default.maximum-pool-size", "6");
        properties.put("micronaut.server.port", Integer.toString(internalPort));
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("patchwork.base-url", link.baseUrl());
        properties.put("patchwork.hub.username", settings.username());
        properties.put("patchwork.hub.name", settings.name());
        properties.put("patchwork.hub.summary", settings.summary());
        properties.put("patchwork.hub.area", settings.area());
        properties.put("patchwork.admin-token", token);
        properties.put("patchwork.media.dir", mediaDirectory.toString());
        properties.putAll(LabTiming.COMPRESSED);
        properties.putAll(settings.extra());
        return properties;
    }

    /**
     * Waits until {@code GET /health} on the internal port answers 200.
     *
     * @throws IllegalStateException with the end of the log when the process died or the limit passed
     */
    public void awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Process current = process;
            if (current == null || !current.isAlive()) {
                throw new IllegalStateException(settings.username() + " exited"
                        + (current == null ? " (never started)" : " with " + current.exitValue()) + ":\n"
                        + LabLogs.tail(log, 40));
            }
            if (healthy()) {
                return;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + settings.username(), e);
            }
        }
        throw new IllegalStateException(settings.username() + " was not ready within " + limit + ":\n"
                + LabLogs.tail(log, 40));
    }

    private boolean healthy() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + internalPort + "/health"))
                    .timeout(Duration.ofSeconds(5)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM, then SIGKILL if it has not gone within 30 s. Its peak memory is sampled first and kept. */
    public synchronized void stop() {
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        memory();
        current.destroy();
        if (!waitFor(current, STOP_GRACE)) {
            LOG.warn("event=hub_process_killed hub={} pid={} reason=\"no exit within {}\"", settings.username(),
                    current.pid(), STOP_GRACE);
            current.destroyForcibly();
            waitFor(current, STOP_GRACE);
        }
        LOG.debug("event=hub_process_stopped hub={} pid={}", settings.username(), current.pid());
    }

    /** Stops and starts again on the same database and ports; call {@link #awaitReady} after. */
    public synchronized void restart() {
        stop();
        start();
    }

    /** RSS now (zero when stopped) and the highest seen over every run of this hub. */
    public synchronized ProcessMemory memory() {
        Process current = process;
        ProcessMemory now = current != null && current.isAlive() ? ProcessMemory.of(current.pid())
                : ProcessMemory.NONE;
        peakRssBytes = Math.max(peakRssBytes, now.peakRssBytes());
        return now.withPeakAtLeast(peakRssBytes);
    }

    public boolean alive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /** The current process's id, or -1 when never started. */
    public long pid() {
        Process current = process;
        return current == null ? -1 : current.pid();
    }

    public int restarts() {
        return restarts;
    }

    /** Where everyone else reaches the hub: through its link. */
    public String baseUrl() {
        return link.baseUrl();
    }

    /** The hub Group actor's URL. */
    public String actorUrl() {
        return baseUrl() + "/actors/" + settings.username();
    }

    public int internalPort() {
        return internalPort;
    }

    /** {@code http://127.0.0.1:{internalPort}}: the hub itself, bypassing the link and its faults. */
    public String internalUrl() {
        return "http://127.0.0.1:" + internalPort;
    }

    /** The organiser token this hub accepts. */
    public String token() {
        return token;
    }

    public HubSettings settings() {
        return settings;
    }

    public LabLink link() {
        return link;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        stop();
    }

    private static boolean waitFor(Process process, Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return "lab-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
