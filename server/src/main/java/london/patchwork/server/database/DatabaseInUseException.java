package london.patchwork.server.database;

import java.nio.file.Path;

/** Another process already runs PostgreSQL on the embedded data directory. */
public final class DatabaseInUseException extends IllegalStateException {
    public DatabaseInUseException(Path dataDirectory) {
        super("The database directory " + dataDirectory + " is in use by another Patchwork process. "
                + "Stop that process, or give this one its own directory with PATCHWORK_DATABASE_DATA_DIR "
                + "(or a PostgreSQL server with DATASOURCES_DEFAULT_URL).");
    }
}
