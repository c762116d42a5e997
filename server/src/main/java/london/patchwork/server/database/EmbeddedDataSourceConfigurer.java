package london.patchwork.server.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Points the data source at an embedded PostgreSQL when no real database is configured. The URL
 * {@value #PLACEHOLDER} in application.yml marks "none configured"; any URL set through configuration or
 * the environment replaces it, and then nothing is started here.
 */
@Singleton
public final class EmbeddedDataSourceConfigurer implements BeanInitializedEventListener<DatasourceConfiguration> {

    static final String PLACEHOLDER = "embedded";

    private final Path dataDirectory;
    private EmbeddedDatabase database;

    public EmbeddedDataSourceConfigurer(@Value("${patchwork.database.data-dir:./data/postgres}") String dataDirectory) {
        this.dataDirectory = Path.of(dataDirectory);
    }

    @Override
    public synchronized DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        try {
            if (!PLACEHOLDER.equals(configuration.getConfiguredUrl())) {
                EarlyDatabase.discard();
                return configuration;
            }
            if (database == null) {
                database = EarlyDatabase.take(dataDirectory).orElse(null);
            }
            if (database == null) {
                database = EmbeddedDatabase.start(dataDirectory);
            }
        } catch (DatabaseInUseException e) {
            throw new ConfigurationException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
        configuration.setUrl(database.jdbcUrl());
        configuration.setUsername(database.username());
        configuration.setPassword("");
        return configuration;
    }

    @PreDestroy
    synchronized void stop() throws IOException {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
