package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three hub processes started together, talking to each other only through their links: the links know each hub
 * by its {@code User-Agent}, see its signed deliveries, and can partition one hub from another.
 */
class LabHubsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READY = Duration.ofSeconds(180);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<LinkExchange> SEEN = new CopyOnWriteArrayList<>();

    private static LabCluster cluster;
    private static LabNetwork network;
    private static final List<HubProcess> HUBS = new ArrayList<>();
    private static HubProcess hackney;
    private static HubProcess camden;
    private static HubProcess london;

    @BeforeAll
    static void start() throws IOException {
        Path out = Files.createTempDirectory(Files.createDirectories(Path.of("target", "livinglab-it"))
                .toAbsolutePath(), "hubs");
        cluster = LabCluster.start(out.resolve("postgres"));
        network = new LabNetwork(SEEN::add);
        hackney = HubProcess.prepare(HubSettings.of("hackney", "Hackney Hub", "", "Hackney"), cluster, network, out);
        camden = HubProcess.prepare(HubSettings.of("camden", "Camden Connects", "", "Camden"), cluster, network, out);
        london = HubProcess.prepare(HubSettings.of("london", "London Hub", "The pan-London Hub.", "")
                .with("patchwork.aggregation.shares", "true"), cluster, network, out);
        HUBS.addAll(List.of(hackney, camden, london));
        HUBS.forEach(HubProcess::start);
        HUBS.forEach(hub -> hub.awaitReady(READY));
    }

    @AfterAll
    static void stop() throws IOException {
        HUBS.forEach(HubProcess::close);
        if (network != null) {
            network.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void linksKnowEachHubAndCanPartitionOneFromAnother() throws Exception {
        assertThat(HUBS).allSatisfy(hub -> assertThat(hub.memory().rssBytes()).isPositive());

        london.link().partition(Set.of(hackney.baseUrl()));

        // The positive control: Camden still reaches the Hub, and is known on the Hub's link by its own URL.
        assertThat(lookUp(camden, london.actorUrl()).statusCode()).isEqualTo(200);
        assertThat(SEEN).anySatisfy(exchange -> {
            assertThat(exchange.link()).isEqualTo("london");
            assertThat(exchange.caller()).isEqualTo(camden.baseUrl());
            assertThat(exchange.status()).isEqualTo(200);
        });

        assertThat(lookUp(hackney, london.actorUrl()).statusCode()).isNotEqualTo(200);
        assertThat(SEEN).filteredOn(exchange -> exchange.link().equals("london")
                        && exchange.caller().equals(hackney.baseUrl()))
                .isNotEmpty().allSatisfy(exchange -> assertThat(exchange.failed()).isTrue());

        london.link().heal();
        HttpResponse<String> found = lookUp(hackney, london.actorUrl());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);

        // Hackney follows the Hub: its signed Follow and the Hub's Accept both go by on the links.
        String id = JSON.readTree(found.body()).path("id").asText();
        HttpResponse<String> followed = send(hackney, HttpRequest.newBuilder(
                URI.create(hackney.baseUrl() + "/api/v1/accounts/" + id + "/follow"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(followed.statusCode()).as(followed.body()).isEqualTo(200);
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(SEEN).anySatisfy(exchange -> {
                assertThat(exchange.link()).isEqualTo("london");
                assertThat(exchange.caller()).isEqualTo(hackney.baseUrl());
                assertThat(exchange.activityType()).isEqualTo("Follow");
                assertThat(exchange.objectId()).isEqualTo(london.actorUrl());
                assertThat(exchange.status()).isBetween(200, 299);
            });
            assertThat(SEEN).anySatisfy(exchange -> {
                assertThat(exchange.link()).isEqualTo("hackney");
                assertThat(exchange.caller()).isEqualTo(london.baseUrl());
                assertThat(exchange.activityType()).isEqualTo("Accept");
                assertThat(exchange.status()).isBetween(200, 299);
            });
        });
    }

    private static HttpResponse<String> lookUp(HubProcess from, String actorUrl)
            throws IOException, InterruptedException {
        return send(from, HttpRequest.newBuilder(URI.create(from.baseUrl() + "/api/v1/accounts/lookup?acct="
                + URLEncoder.encode(actorUrl, StandardCharsets.UTF_8))));
    }

    private static HttpResponse<String> send(HubProcess hub, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            return client.send(request.header("Authorization", "Bearer " + hub.token())
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
