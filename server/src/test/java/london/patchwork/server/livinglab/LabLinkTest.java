package london.patchwork.server.livinglab;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A {@link LabLink} in front of a tiny JDK HTTP server, over real sockets on 127.0.0.1. */
class LabLinkTest {

    private static final String HACKNEY = "http://localhost:18081";
    private static final String LONDON = "http://localhost:18099";

    private final List<LinkExchange> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer upstream;
    private LabNetwork network;
    private LabLink link;

    @BeforeEach
    void start() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        upstream.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        upstream.createContext("/", exchange -> answer(exchange, 200, "hello"));
        upstream.createContext("/actors/ada/inbox", exchange -> {
            exchange.getRequestBody().readAllBytes();
            answer(exchange, 202, "");
        });
        upstream.createContext("/hang", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "late");
        });
        upstream.start();
        network = new LabNetwork(seen::add);
        link = network.open("camden", upstream.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        release.countDown();
        network.close();
        upstream.stop(0);
    }

    @Test
    void aPartitionRefusesItsCallersWhileOthersGetThroughUntilHealed() throws Exception {
        link.partition(Set.of(HACKNEY + "/"));

        assertThat(get("/actors/camden", patchwork(LONDON)).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> get("/actors/camden", patchwork(HACKNEY))).isInstanceOf(IOException.class);

        // The JDK client tries a refused GET once more, so the refused caller may be seen twice.
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream().anyMatch(LinkExchange::failed));
        assertThat(seen).anySatisfy(exchange -> {
            assertThat(exchange.caller()).isEqualTo(LONDON);
            assertThat(exchange.status()).isEqualTo(200);
            assertThat(exchange.link()).isEqualTo("camden");
            assertThat(exchange.method()).isEqualTo("GET");
            assertThat(exchange.path()).isEqualTo("/actors/camden");
        });
        assertThat(seen).filteredOn(exchange -> exchange.caller().equals(HACKNEY))
                .isNotEmpty().allSatisfy(exchange -> assertThat(exchange.failed()).isTrue());

        link.heal();
        assertThat(get("/actors/camden", patchwork(HACKNEY)).body()).isEqualTo("hello");
    }

    @Test
    void aPartitionCutsTheCallersOpenConnections() {
        CompletableFuture<HttpResponse<String>> hanging = CompletableFuture.supplyAsync(() -> {
            try {
                return get("/hang", patchwork(HACKNEY));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> link.openConnections() == 1);

        link.partition(Set.of(HACKNEY));

        await().atMost(Duration.ofSeconds(10)).until(hanging::isDone);
        assertThat(hanging).isCompletedExceptionally();
        await().atMost(Duration.ofSeconds(10)).until(() -> !seen.isEmpty());
        assertThat(seen).allSatisfy(exchange -> assertThat(exchange.failed()).isTrue());
    }

    @Test
    void separatedServersRefuseEachOtherOnlyUntilReconnected() throws Exception {
        LabLink other = network.open("london", upstream.getAddress().getPort());
        String camden = link.baseUrl();

        network.separate(link, other);
        link.refuse("http://127.0.0.1:9000");

        assertThat(link.partitioned()).containsExactlyInAnyOrder(other.baseUrl(), "http://127.0.0.1:9000");
        assertThat(other.partitioned()).containsExactly(camden);
        assertThat(get("/", patchwork(HACKNEY)).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> get("/", patchwork(other.baseUrl()))).isInstanceOf(IOException.class);

        network.reconnect(link, other);

        assertThat(link.partitioned()).containsExactly("http://127.0.0.1:9000");
        assertThat(other.partitioned()).isEmpty();
        assertThat(get("/", patchwork(other.baseUrl())).statusCode()).isEqualTo(200);
    }

    @Test
    void downRefusesEveryCaller() throws Exception {
        assertThat(get("/", "curl/8.0").statusCode()).isEqualTo(200);
        link.down(true);
        assertThatThrownBy(() -> get("/", "curl/8.0")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> get("/", patchwork(LONDON))).isInstanceOf(IOException.class);
        link.down(false);
        assertThat(get("/", patchwork(LONDON)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream().filter(LinkExchange::failed)
                .map(LinkExchange::caller).distinct().count() == 2);
        assertThat(seen.getFirst().caller()).isEqualTo(LinkExchange.UNKNOWN);
        assertThat(seen.getFirst().status()).isEqualTo(200);
        assertThat(seen.getLast().status()).isEqualTo(200);
    }

    @Test
    void slowMakesEachRequestWaitUntilHealed() throws Exception {
        link.slow(Duration.ofMillis(300));

        long started = System.nanoTime();
        assertThat(get("/", patchwork(LONDON)).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 1);
        assertThat(seen.getFirst().elapsedMs()).isGreaterThanOrEqualTo(300);

        link.heal();
        assertThat(link.slowness()).isZero();
        assertThat(get("/", patchwork(LONDON)).statusCode()).isEqualTo(200);
    }

    @Test
    void anInboxPostIsReportedWithItsActivity() throws Exception {
        String activity = """
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "http://localhost:18081/activities/7",
                 "type": "Create", "actor": "http://localhost:18081/actors/hackney",
                 "object": {"id": "http://localhost:18081/posts/7", "type": "Note", "content": "hi"}}""";
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/actors/ada/inbox?x=1"))
                .header("User-Agent", patchwork(HACKNEY)).header("Content-Type", "application/activity+json")
                .POST(HttpRequest.BodyPublishers.ofString(activity)));
        String like = """
                {"id": "http://127.0.0.1:9000/likes/1", "type": "Like", "object": "http://localhost:18081/posts/7"}""";
        send(HttpRequest.newBuilder(uri("/actors/ada/inbox"))
                .header("User-Agent", "LivingLabResidents (+http://127.0.0.1:9000/)")
                .POST(HttpRequest.BodyPublishers.ofString(like)));

        assertThat(response.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 2);
        assertThat(seen).anySatisfy(exchange -> {
            assertThat(exchange.inboxPost()).isTrue();
            assertThat(exchange.status()).isEqualTo(202);
            assertThat(exchange.caller()).isEqualTo(HACKNEY);
            assertThat(exchange.activityId()).isEqualTo("http://localhost:18081/activities/7");
            assertThat(exchange.activityType()).isEqualTo("Create");
            assertThat(exchange.objectId()).isEqualTo("http://localhost:18081/posts/7");
        });
        assertThat(seen).anySatisfy(exchange -> {
            assertThat(exchange.caller()).isEqualTo("http://127.0.0.1:9000");
            assertThat(exchange.activityType()).isEqualTo("Like");
            assertThat(exchange.objectId()).isEqualTo("http://localhost:18081/posts/7");
        });
    }

    @Test
    void callersAreKnownByTheOriginInTheirUserAgent() {
        assertThat(LinkRequest.callerOf("Patchwork/0.3.1 (+http://localhost:8081/)")).isEqualTo("http://localhost:8081");
        assertThat(LinkRequest.callerOf("LivingLabResidents (+http://127.0.0.1:9000/)"))
                .isEqualTo("http://127.0.0.1:9000");
        assertThat(LinkRequest.callerOf("Mozilla/5.0")).isEqualTo(LinkExchange.UNKNOWN);
        assertThat(LinkRequest.callerOf(null)).isEqualTo(LinkExchange.UNKNOWN);
        assertThat(LinkConnection.parseStatus("HTTP/1.1 404 Not Found")).isEqualTo(404);
        assertThat(LinkConnection.parseStatus("garbage")).isEqualTo(-1);
    }

    private static String patchwork(String origin) {
        return "Patchwork/0.1 (+" + origin + "/)";
    }

    private HttpResponse<String> get(String path, String userAgent) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("User-Agent", userAgent).GET());
    }

    /** A new client per request: one connection each, as Patchwork's own client makes. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private URI uri(String path) {
        return URI.create(link.baseUrl() + path);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
