package london.patchwork.server.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.testing.FreePorts;
import london.patchwork.server.testing.HttpProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default set-up: no database configured, so the hub runs its own PostgreSQL on a data directory. */
class EmbeddedDatabaseIT {

    @TempDir
    Path dataRoot;

    private Map<String, Object> hubOn(Path dataDirectory, int port) {
        return Map.of(
                "patchwork.database.data-dir", dataDirectory.toString(),
                "micronaut.server.port", port,
                "micronaut.server.host", "127.0.0.1",
                "patchwork.hub.username", "islington");
    }

    @Test
    void hubActorAndKeysSurviveARestartAndASecondServerIsRefused() {
        Path dataDirectory = dataRoot.resolve("postgres");
        int port = FreePorts.next();
        Actor before;
        String privateKeyBefore;
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, hubOn(dataDirectory, port))) {
            LocalActors actors = first.getApplicationContext().getBean(LocalActors.class);
            before = actors.find("islington").orElseThrow();
            privateKeyBefore = actors.privateKeyPem(before);
            assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();

            assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class,
                    hubOn(dataDirectory, FreePorts.next())).close())
                    .hasStackTraceContaining("is in use by another Patchwork process");
        }
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, hubOn(dataDirectory, port))) {
            LocalActors actors = second.getApplicationContext().getBean(LocalActors.class);
            Actor after = actors.find("islington").orElseThrow();
            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.publicKeyPem()).isEqualTo(before.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
            assertThat(actors.privateKeyPem(after)).isEqualTo(privateKeyBefore);
        }
    }

    @Test
    void everyCommitIsDurableAndLivenessNeedsNoDatabase() throws Exception {
        Path dataDirectory = dataRoot.resolve("durable");
        int port = FreePorts.next();
        try (EmbeddedServer hub = ApplicationContext.run(EmbeddedServer.class, hubOn(dataDirectory, port))) {
            DataSource dataSource = hub.getApplicationContext().getBean(DataSource.class);
            try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                 Statement statement = connection.createStatement()) {
                // The embedded server starts PostgreSQL with -F (fsync off) and synchronous_commit off by default.
                for (String setting : new String[]{"fsync", "synchronous_commit", "full_page_writes"}) {
                    try (ResultSet row = statement.executeQuery("show " + setting)) {
                        row.next();
                        assertThat(row.getString(1)).as(setting).isEqualTo("on");
                    }
                }
            }
            HttpProbe http = new HttpProbe("http://127.0.0.1:" + port);
            assertThat(http.get("/health/liveness", "application/json").statusCode()).isEqualTo(200);
            assertThat(http.get("/health/readiness", "application/json").statusCode()).isEqualTo(200);

            hub.getApplicationContext().getBean(EmbeddedDataSourceConfigurer.class).stop();
            assertThat(http.get("/health/readiness", "application/json").statusCode())
                    .as("readiness checks the database, which is gone").isEqualTo(503);
            assertThat(http.get("/health/liveness", "application/json").statusCode())
                    .as("liveness does not").isEqualTo(200);
        }
    }

    @Test
    void theHubTakesThePostgresStartedEarlyOnItsDataDirectory() throws Exception {
        Path dataDirectory = dataRoot.resolve("early");
        assertThat(EarlyDatabase.begin(Map.of("PATCHWORK_DATABASE_DATA_DIR", dataDirectory.toString())))
                .isEqualTo(EarlyDatabase.Start.NEW);
        // The early server holds the directory's lock: a hub that started its own would be refused.
        try (EmbeddedServer hub = ApplicationContext.run(EmbeddedServer.class,
                hubOn(dataDirectory, FreePorts.next()))) {
            assertThat(hub.getApplicationContext().getBean(LocalActors.class).find("islington")).isPresent();
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory)).isInstanceOf(DatabaseInUseException.class);
        }
    }

    @Test
    void aPostgresStartedEarlyOnAnotherDirectoryIsStopped() throws Exception {
        Path unused = dataRoot.resolve("unused");
        assertThat(EarlyDatabase.begin(Map.of("PATCHWORK_DATABASE_DATA_DIR", unused.toString())))
                .isEqualTo(EarlyDatabase.Start.NEW);
        try (EmbeddedServer hub = ApplicationContext.run(EmbeddedServer.class,
                hubOn(dataRoot.resolve("used"), FreePorts.next()))) {
            assertThat(hub.getApplicationContext().getBean(LocalActors.class).find("islington")).isPresent();
            // Stopped and unlocked once the hub had its own database.
            try (EmbeddedDatabase again = EmbeddedDatabase.start(unused)) {
                assertThat(again.dataDirectory()).isEqualTo(unused.toAbsolutePath().normalize());
            }
        }
    }

    @Test
    void nothingStartsEarlyWhenADatabaseIsConfigured() throws Exception {
        assertThat(EarlyDatabase.begin(Map.of("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://db.internal/patchwork",
                "PATCHWORK_DATABASE_DATA_DIR", dataRoot.resolve("none").toString())))
                .isEqualTo(EarlyDatabase.Start.NONE);
        assertThat(EarlyDatabase.begin(Map.of("DATASOURCES_DEFAULT_URL", "embedded",
                "PATCHWORK_DATABASE_DATA_DIR", dataRoot.resolve("placeholder").toString())))
                .isEqualTo(EarlyDatabase.Start.NEW);
        EarlyDatabase.discard();
        assertThat(dataRoot.resolve("placeholder").resolve("PG_VERSION")).exists();
        // Started again on the same directory, it is an existing database.
        Path existing = dataRoot.resolve("placeholder");
        assertThat(EarlyDatabase.begin(Map.of("PATCHWORK_DATABASE_DATA_DIR", existing.toString())))
                .isEqualTo(EarlyDatabase.Start.EXISTING);
        EarlyDatabase.discard();
    }
}
