package london.patchwork.server.actors;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import london.patchwork.server.outbox.LocalActivityRepository;
import london.patchwork.server.testing.FreePorts;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping and starting a hub keeps its actor and key: followers would lose it otherwise. */
class KeysSurviveRestartIT {

    @Test
    void actorDocumentIsTheSameAfterARestart() {
        String database = TestPostgres.newDatabase("restart");
        int port = FreePorts.next();
        Map<String, Object> properties = new HashMap<>(TestHubs.LAMBETH.properties(database, port));
        String accept = "application/activity+json";

        JsonNode before;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            before = HttpProbe.json(new HttpProbe(server.getURL().toString().replace("127.0.0.1", "localhost"))
                    .get("/actors/lambeth", accept));
        }
        JsonNode after;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            after = HttpProbe.json(new HttpProbe("http://localhost:" + port).get("/actors/lambeth", accept));
        }
        assertThat(before.at("/publicKey/id").asText()).isEqualTo("http://localhost:" + port + "/actors/lambeth#main-key");
        assertThat(after.at("/publicKey/id").asText()).isEqualTo(before.at("/publicKey/id").asText());
        assertThat(after.at("/publicKey/publicKeyPem").asText()).isEqualTo(before.at("/publicKey/publicKeyPem").asText());
        assertThat(after.get("published").asText()).isEqualTo(before.get("published").asText());
    }

    @Test
    void renamingTheHubTellsItsFollowers() {
        String database = TestPostgres.newDatabase("rename");
        int port = FreePorts.next();
        Map<String, Object> properties = new HashMap<>(TestHubs.LAMBETH.properties(database, port));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            assertThat(updates(server)).isEmpty();
        }
        properties.put("patchwork.hub.name", "Lambeth Community Network");
        properties.put("patchwork.hub.icon", "https://lambeth.example/static/logo.png");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            List<JsonNode> updates = updates(server);
            assertThat(updates).hasSize(1);
            assertThat(updates.getFirst().at("/object/type").asText()).isEqualTo("Group");
            assertThat(updates.getFirst().at("/object/name").asText()).isEqualTo("Lambeth Community Network");
            assertThat(updates.getFirst().get("cc").toString()).contains("/actors/lambeth/followers");
            assertThat(updates.getFirst().at("/object/icon/url").asText())
                    .isEqualTo("https://lambeth.example/static/logo.png");
            assertThat(HttpProbe.json(new HttpProbe("http://localhost:" + port).get("/actors/lambeth",
                    "application/activity+json")).get("name").asText()).isEqualTo("Lambeth Community Network");
        }
    }

    private static List<JsonNode> updates(EmbeddedServer server) {
        return StreamSupport.stream(server.getApplicationContext().getBean(LocalActivityRepository.class).findAll()
                        .spliterator(), false)
                .filter(activity -> activity.type().equals("Update"))
                .map(activity -> HttpProbe.json(activity.raw()))
                .toList();
    }
}
