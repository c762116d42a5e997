package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab's infrastructure with a real hub: a child JVM on the lab's PostgreSQL, reached through its link, that
 * keeps what it was given across a restart.
 */
class LabInfrastructureIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READY = Duration.ofSeconds(180);
    private static final List<LinkExchange> SEEN = new CopyOnWriteArrayList<>();

    private static LabCluster cluster;
    private static LabNetwork network;
    private static HubProcess hub;

    @BeforeAll
    static void start() throws IOException {
        Path out = Files.createDirectories(Path.of("target", "livinglab-it")).toAbsolutePath();
        out = Files.createTempDirectory(out, "run");
        cluster = LabCluster.start(out.resolve("postgres"));
        network = new LabNetwork(SEEN::add);
        hub = HubProcess.prepare(HubSettings.of("camden", "Camden Connects", "Residents' groups in Camden.", "Camden"),
                cluster, network, out);
        hub.start();
        hub.awaitReady(READY);
    }

    @AfterAll
    static void stop() throws IOException {
        if (hub != null) {
            hub.close();
        }
        if (network != null) {
            network.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aHubProcessServesThroughItsLinkAndKeepsItsPostsAcrossARestart() throws Exception {
        assertThat(hub.alive()).isTrue();
        assertThat(hub.baseUrl()).isEqualTo("http://localhost:" + hub.link().port());
        assertThat(hub.link().port()).isNotEqualTo(hub.internalPort());

        HttpResponse<String> nodeinfo = send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/.well-known/nodeinfo")));
        assertThat(nodeinfo.statusCode()).isEqualTo(200);
        assertThat(nodeinfo.body()).contains(hub.baseUrl());
        assertThat(SEEN).anySatisfy(exchange -> {
            assertThat(exchange.link()).isEqualTo("camden");
            assertThat(exchange.method()).isEqualTo("GET");
            assertThat(exchange.path()).isEqualTo("/.well-known/nodeinfo");
            assertThat(exchange.status()).isEqualTo(200);
        });

        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/api/v1/statuses"))
                .header("Authorization", "Bearer " + hub.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"status\": \"The lab keeps this across a restart\", \"visibility\": \"public\"}")));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        String id = JSON.readTree(posted.body()).path("id").asText();
        assertThat(SEEN).anySatisfy(exchange -> {
            assertThat(exchange.path()).isEqualTo("/api/v1/statuses");
            assertThat(exchange.status()).isEqualTo(200);
        });

        String follow = "{\"id\": \"http://127.0.0.1:9/follows/1\", \"type\": \"Follow\", \"actor\": "
                + "\"http://127.0.0.1:9/users/ada\", \"object\": \"" + hub.actorUrl() + "\"}";
        HttpResponse<String> inbox = send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/actors/x/inbox"))
                .header("User-Agent", "LivingLabResidents (+http://127.0.0.1:9/)")
                .header("Content-Type", "application/activity+json")
                .POST(HttpRequest.BodyPublishers.ofString(follow)));
        assertThat(SEEN).anySatisfy(exchange -> {
            assertThat(exchange.inboxPost()).isTrue();
            assertThat(exchange.caller()).isEqualTo("http://127.0.0.1:9");
            assertThat(exchange.status()).isEqualTo(inbox.statusCode());
            assertThat(exchange.activityId()).isEqualTo("http://127.0.0.1:9/follows/1");
            assertThat(exchange.activityType()).isEqualTo("Follow");
            assertThat(exchange.objectId()).isEqualTo(hub.actorUrl());
        });

        ProcessMemory before = hub.memory();
        assertThat(before.rssBytes()).isPositive();
        assertThat(before.peakRssBytes()).isGreaterThanOrEqualTo(before.rssBytes());
        long firstPid = hub.pid();

        hub.restart();
        hub.awaitReady(READY);

        assertThat(hub.restarts()).isEqualTo(1);
        assertThat(hub.pid()).isNotEqualTo(firstPid);
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/api/v1/statuses/" + id)));
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode status = JSON.readTree(read.body());
        assertThat(status.path("content").asText()).contains("The lab keeps this across a restart");
        assertThat(hub.memory().peakRssBytes()).isGreaterThanOrEqualTo(before.peakRssBytes());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
