package london.patchwork.server.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.testing.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
}
