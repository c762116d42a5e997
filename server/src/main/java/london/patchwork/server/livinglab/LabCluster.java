package london.patchwork.server.livinglab;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One PostgreSQL server for every hub of a run, each hub on its own database. A simulation keeps nothing worth a
 * crash, so durability is traded for speed (no fsync), and connections are sized for 16 hubs of six each plus
 * slack.
 */
public final class LabCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LabCluster.class);

    static final Map<String, String> SERVER_SETTINGS = Map.ofEntries(
            Map.entry("max_connections", "200"),
            Map.entry("fsync", "off"),
            Map.entry("synchronous_commit", "off"),
            Map.entry("full_page_writes", "off"),
            Map.entry("shared_buffers", "64MB"),
            Map.entry("max_worker_processes", "2"),
            Map.entry("max_parallel_workers", "0"),
            Map.entry("max_parallel_workers_per_gather", "0"),
            Map.entry("autovacuum_max_workers", "1"),
            Map.entry("max_logical_replication_workers", "0"),
            Map.entry("huge_pages", "off"),
            Map.entry("jit", "off"));

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Set<String> databases = ConcurrentHashMap.newKeySet();

    private LabCluster(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a fresh server with its data in {@code dataDirectory} (emptied first: every run starts clean). */
    public static LabCluster start(Path dataDirectory) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory.getParent());
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(120));
        SERVER_SETTINGS.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        LOG.debug("event=lab_cluster_started dataDir={} port={} ms={}", directory, postgres.getPort(),
                (System.nanoTime() - started) / 1_000_000);
        return new LabCluster(postgres, directory);
    }

    /** Starts a server in a new temporary directory. */
    public static LabCluster startTemporary() throws IOException {
        return start(Files.createTempDirectory("patchwork-lab").resolve("postgres"));
    }

    /**
     * Creates an empty database for one hub and returns its JDBC URL; the name is reduced to a-z, 0-9 and _.
     *
     * @throws IllegalArgumentException when the cluster already has a database of that name
     */
    public String newDatabase(String name) {
        String database = "lab_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (!databases.add(database)) {
            throw new IllegalArgumentException("the lab's cluster already has a database " + database);
        }
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            databases.remove(database);
            throw new IllegalStateException("could not create the database " + database + ": " + e.getMessage(), e);
        }
        return postgres.getJdbcUrl(username(), database);
    }

    public String username() {
        return "postgres";
    }

    /** The embedded server has no password. */
    public String password() {
        return "";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        LOG.debug("event=lab_cluster_stopped dataDir={}", dataDirectory);
    }
}
