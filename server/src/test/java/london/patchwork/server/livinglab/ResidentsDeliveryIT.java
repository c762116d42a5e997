package london.patchwork.server.livinglab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import london.patchwork.server.testing.FreePorts;
import london.patchwork.server.testing.HttpProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The residents' deliveries are durable: a peer that answers 5xx or 429, or does not answer at all, is tried again
 * with backoff until it takes the activity, then never again; a 4xx is final. Also: a thousand residents start
 * quickly.
 */
class ResidentsDeliveryIT {

    /** One attempt the observer was told about. */
    record Attempt(String activityId, URI inbox, int status, int attempt) {
    }

    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();
    private HttpServer peer;
    private String peerUrl;
    private ResidentsInstance residents;

    @BeforeEach
    void start() throws IOException {
        peer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        peerUrl = "http://127.0.0.1:" + peer.getAddress().getPort();
        peer.createContext("/actor", exchange -> {
            byte[] body = ("{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + peerUrl
                    + "/actor\",\"type\":\"Group\",\"inbox\":\"" + peerUrl + "/inbox\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/activity+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        peer.createContext("/inbox", exchange -> {
            exchange.getRequestBody().readAllBytes();
            signatures.add(exchange.getRequestHeaders().getFirst("Signature"));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 202 : status, -1);
            exchange.close();
        });
        peer.start();
        residents = new ResidentsInstance(List.of(new Plan.PlannedResident(0, "r0000", "Resident 0", List.of(), false)),
                new ResidentsObserver() {
                    @Override
                    public void arrived(Instant at, URI signer, String inboxPath, String activityId, String type,
                                        String objectId, List<Integer> reached) {
                    }

                    @Override
                    public void sent(Instant at, String activityId, URI inbox, int status, int attempt) {
                        attempts.add(new Attempt(activityId, inbox, status, attempt));
                    }
                }, new ResidentRetrySchedule(Duration.ofMillis(100), Duration.ofMillis(400), 0.2));
    }

    @AfterEach
    void stop() {
        residents.close();
        peer.stop(0);
    }

    @Test
    void serverErrorsAndTooManyRequestsAreRetriedUntilTakenAndNeverSentAgain() {
        answers.addAll(List.of(503, 429, 500));
        URI like = residents.like(0, URI.create(peerUrl + "/notes/1"), URI.create(peerUrl + "/actor"));

        await("the fourth attempt is taken").atMost(Duration.ofSeconds(20)).until(() -> residents.queued() == 0);
        assertThat(attempts).extracting(Attempt::status).containsExactly(503, 429, 500, 202);
        assertThat(attempts).extracting(Attempt::attempt).containsExactly(1, 2, 3, 4);
        assertThat(attempts).allSatisfy(a -> {
            assertThat(a.activityId()).isEqualTo(like.toString());
            assertThat(a.inbox()).isEqualTo(URI.create(peerUrl + "/inbox"));
        });
        assertThat(signatures).hasSize(4).allSatisfy(signature -> assertThat(signature)
                .contains("keyId=\"" + residents.actorId(0) + "#main-key\"").contains("algorithm=\"rsa-sha256\"")
                .contains("headers=\"(request-target) host date digest content-type\""));
        ResidentsInstance.Stats stats = residents.stats();
        assertThat(stats.sent()).isEqualTo(4);
        assertThat(stats.accepted()).isEqualTo(1);
        assertThat(stats.failedAttempts()).isEqualTo(3);
        assertThat(stats.retries()).isEqualTo(3);
        // The Like is served at its id, for a peer that fetches it.
        assertThat(HttpProbe.json(new HttpProbe(residents.baseUrl()).get(like.getPath(), "application/activity+json"))
                .get("type").asText()).isEqualTo("Like");
    }

    @Test
    void aClientErrorIsFinal() {
        answers.add(403);
        residents.follow(0, URI.create(peerUrl + "/actor"));
        await().atMost(Duration.ofSeconds(20)).until(() -> residents.queued() == 0);
        assertThat(attempts).extracting(Attempt::status).containsExactly(403);
        assertThat(signatures).hasSize(1);
    }

    @Test
    void aPeerThatIsDownIsRetriedUntilClose() {
        URI gone = URI.create("http://127.0.0.1:" + FreePorts.next() + "/actor");
        residents.rsvp(0, URI.create(gone + "/events/1"), gone);
        await("three attempts").atMost(Duration.ofSeconds(20)).until(() -> attempts.size() >= 3);
        assertThat(attempts).extracting(Attempt::status).allSatisfy(status -> assertThat(status).isEqualTo(-1));
        assertThat(attempts).extracting(Attempt::attempt).startsWith(1, 2, 3);
        assertThat(residents.queued()).isEqualTo(1);
    }

    @Test
    void aThousandResidentsStartWellUnderAMinute() {
        long started = System.nanoTime();
        try (ResidentsInstance many = new ResidentsInstance(IntStream.range(0, 1_000)
                .mapToObj(i -> new Plan.PlannedResident(i, "r%04d".formatted(i), "Resident " + i, List.of(), false))
                .toList(), ResidentsObserver.NONE)) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).isLessThan(Duration.ofSeconds(30));
            assertThat(HttpProbe.json(new HttpProbe(many.baseUrl()).get("/users/r0999", "application/activity+json"))
                    .get("preferredUsername").asText()).isEqualTo("r0999");
        }
    }
}
