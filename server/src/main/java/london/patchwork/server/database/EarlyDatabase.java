package london.patchwork.server.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Starts the embedded PostgreSQL while the application context is still being built, instead of when the data
 * source is first configured: the two take about as long as each other, so a hub starts in roughly the time of
 * the longer. {@link #begin} is called first thing in {@code main}, from the environment alone; the data source
 * then {@link #take}s the server, and starts its own if the configured data directory turned out to be another.
 */
public final class EarlyDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EarlyDatabase.class);
    private static volatile Started started;

    private record Started(Path directory, CompletableFuture<EmbeddedDatabase> database) {
    }

    private EarlyDatabase() {
    }

    /**
     * Starts PostgreSQL in the background when no database is configured, as the data source would:
     * {@code DATASOURCES_DEFAULT_URL} (or the system property) unset, on {@code PATCHWORK_DATABASE_DATA_DIR} or
     * {@code ./data/postgres}.
     *
     * @return what it started
     */
    public static Start begin(Map<String, String> environment) {
        String url = setting(environment, "datasources.default.url", "DATASOURCES_DEFAULT_URL").orElse("");
        if (!url.isBlank() && !url.equals(EmbeddedDataSourceConfigurer.PLACEHOLDER)) {
            return Start.NONE;
        }
        Path directory = Path.of(setting(environment, "patchwork.database.data-dir", "PATCHWORK_DATABASE_DATA_DIR")
                .orElse("./data/postgres")).toAbsolutePath().normalize();
        Start start = Files.exists(directory.resolve("PG_VERSION")) ? Start.EXISTING : Start.NEW;
        CompletableFuture<EmbeddedDatabase> database = new CompletableFuture<>();
        started = new Started(directory, database);
        Thread.ofPlatform().daemon().name("embedded-postgres-start").start(() -> {
            try {
                database.complete(EmbeddedDatabase.start(directory));
            } catch (IOException | RuntimeException e) {
                database.completeExceptionally(e);
            }
        });
        return start;
    }

    /** What {@link #begin} started. */
    public enum Start {
        /** Nothing: a database is configured. */
        NONE,
        /** PostgreSQL on a data directory that already holds a database. */
        EXISTING,
        /** PostgreSQL on a new data directory: the hub's first start. */
        NEW
    }

    /**
     * The server started early on this data directory, once it is up; empty when none was started there (one
     * started on another directory is stopped).
     */
    static Optional<EmbeddedDatabase> take(Path directory) throws IOException {
        Started early = started;
        started = null;
        if (early == null) {
            return Optional.empty();
        }
        if (early.directory().equals(directory.toAbsolutePath().normalize())) {
            return Optional.of(await(early.database()));
        }
        LOG.info("event=embedded_postgres_early_start_unused dataDir={}", early.directory());
        discard(early);
        return Optional.empty();
    }

    /** Stops a server started early that no data source took (a real database was configured after all). */
    static void discard() throws IOException {
        Started early = started;
        started = null;
        if (early != null) {
            discard(early);
        }
    }

    /** Stops an early server that is not wanted; one that failed to start is nothing to stop. */
    private static void discard(Started early) throws IOException {
        EmbeddedDatabase database;
        try {
            database = await(early.database());
        } catch (IOException | RuntimeException failed) {
            return;
        }
        database.close();
    }

    private static EmbeddedDatabase await(CompletableFuture<EmbeddedDatabase> database) throws IOException {
        try {
            return database.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the embedded PostgreSQL started", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    private static Optional<String> setting(Map<String, String> environment, String property, String variable) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(environment.get(variable)));
    }
}
