package london.patchwork.server.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.FederationRows;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestInbox;
import london.patchwork.server.testing.TestInbox.Received;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Peers that fail: down, slow, erroring, gone. A tiny retry policy (100 ms doubling to 400 ms, no jitter) and
 * circuit (open after 3 failures for 1 s, then 2 s) keep the test short; the behaviour is the production one.
 */
@MicronautTest(transactional = false)
class DeliveryFaultsIT extends HubTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String BEARER = "Bearer " + TestHubs.ORGANISER_TOKEN;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("patchwork.delivery.poll-interval", "100ms");
        properties.put("patchwork.delivery.timeout", "1s");
        properties.put("patchwork.delivery.connect-timeout", "500ms");
        properties.put("patchwork.delivery.lease", "5s");
        properties.put("patchwork.delivery.retry.base", "100ms");
        properties.put("patchwork.delivery.retry.cap", "400ms");
        properties.put("patchwork.delivery.retry.jitter", "0");
        properties.put("patchwork.delivery.circuit.failure-threshold", "3");
        properties.put("patchwork.delivery.circuit.open-for", "1s");
        properties.put("patchwork.delivery.circuit.max-open", "2s");
        return properties;
    }

    @Test
    void aPeerThatIsDownIsRetriedUntilItComesBack() {
        try (TestInbox peer = TestInbox.start()) {
            String inbox = peer.url("/users/ada/inbox");
            peer.stop();
            post(actor(peer, "ada"));

            await().atMost(PATIENCE).until(() -> attempts(inbox) >= 2);
            assertThat(rows().job(inbox).get("last_error").toString()).startsWith("ConnectionFailed");
            assertThat(rows().job(inbox).get("state")).isIn("pending", "in_flight");
            peer.resume();

            await().atMost(PATIENCE).until(() -> "delivered".equals(rows().job(inbox).get("state")));
            assertThat(peer.receivedAt("/users/ada/inbox")).hasSize(1);
        }
    }

    @Test
    void aSlowPeerTimesOutAndIsTriedAgain() {
        try (TestInbox peer = TestInbox.start()) {
            String inbox = peer.url("/users/bo/inbox");
            peer.delay(Duration.ofMillis(2_500));
            post(actor(peer, "bo"));

            await().atMost(PATIENCE).until(() -> String.valueOf(rows().job(inbox).get("last_error")).startsWith("Timeout"));
            peer.delay(Duration.ZERO);

            await().atMost(PATIENCE).until(() -> "delivered".equals(rows().job(inbox).get("state")));
            assertThat(peer.receivedAt("/users/bo/inbox").size()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void serverErrorsAreRetriedWithGrowingWaitsUntilThePeerRecovers() {
        try (TestInbox peer = TestInbox.start()) {
            String inbox = peer.url("/users/cy/inbox");
            peer.script("/users/cy/inbox", 500, 503);
            post(actor(peer, "cy"));

            await().atMost(PATIENCE).until(() -> "delivered".equals(rows().job(inbox).get("state")));
            assertThat(rows().job(inbox)).containsEntry("attempts", 3).containsEntry("last_status", 202);
            List<Received> posts = peer.receivedAt("/users/cy/inbox");
            assertThat(posts).hasSize(3);
            // Lower bounds only: the policy's waits are 100 ms, then 200 ms.
            assertThat(Duration.between(posts.get(0).at(), posts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(100));
            assertThat(Duration.between(posts.get(1).at(), posts.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
    }

    @Test
    void aPeerThatAsksForAPauseGetsIt() {
        try (TestInbox peer = TestInbox.start()) {
            String inbox = peer.url("/users/dee/inbox");
            peer.retryAfter("2").script("/users/dee/inbox", 503);
            post(actor(peer, "dee"));

            await().atMost(PATIENCE).until(() -> "delivered".equals(rows().job(inbox).get("state")));
            List<Received> posts = peer.receivedAt("/users/dee/inbox");
            assertThat(posts).hasSize(2);
            // The policy alone would have tried again after 100 ms; the peer's Retry-After asked for 2 s.
            assertThat(Duration.between(posts.get(0).at(), posts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void goneAndNotFoundFailAtOnce() {
        try (TestInbox peer = TestInbox.start(); TestInbox control = TestInbox.start()) {
            peer.script("/users/gone/inbox", 410).script("/users/nobody/inbox", 404);
            post(actor(peer, "gone"), actor(peer, "nobody"));

            await().atMost(PATIENCE).until(() -> "failed".equals(rows().job(peer.url("/users/gone/inbox")).get("state"))
                    && "failed".equals(rows().job(peer.url("/users/nobody/inbox")).get("state")));
            assertThat(rows().job(peer.url("/users/gone/inbox"))).containsEntry("attempts", 1).containsEntry("last_status", 410);
            assertThat(rows().job(peer.url("/users/nobody/inbox"))).containsEntry("attempts", 1).containsEntry("last_status", 404);
            // The positive control: a delivery that fails now, on another host, and is retried. Jobs are claimed in
            // order of when they are due, so once its retry has arrived, a wrongful retry of the two jobs that
            // failed earlier would have arrived too.
            control.script("/users/control/inbox", 503);
            post(actor(control, "control"));
            await().atMost(PATIENCE).until(() -> control.receivedAt("/users/control/inbox").size() == 2);
            assertThat(peer.receivedAt("/users/gone/inbox")).hasSize(1);
            assertThat(peer.receivedAt("/users/nobody/inbox")).hasSize(1);
            assertThat(rows().domain(peer.host())).as("an answering host is not failing").isEmpty();
        }
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndASingleProbeClosesIt() {
        try (TestInbox peer = TestInbox.start()) {
            peer.answer(503);
            List<String> actors = IntStream.range(0, 6).mapToObj(i -> actor(peer, "member" + i)).toList();
            post(actors.toArray(String[]::new));

            await().atMost(PATIENCE).until(() -> circuitOpen(peer) && inFlight(peer) == 0);
            assertThat(((Number) rows().domain(peer.host()).get("consecutive_failures")).intValue()).isGreaterThanOrEqualTo(3);
            assertThat(find(adminStatus().get("domains"), peer.host()).get("circuitOpen").asBoolean()).isTrue();
            peer.delay(Duration.ofMillis(400)).answer(202);
            int before = peer.received().size();

            await().atMost(PATIENCE).until(() -> delivered(peer) == 6);
            List<Received> after = new ArrayList<>(peer.received().subList(before, peer.received().size()));
            after.sort(Comparator.comparing(Received::at));
            assertThat(after).hasSize(6);
            // The probe goes alone; the others follow only once it has succeeded.
            assertThat(Duration.between(after.get(0).at(), after.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(350));
            Map<String, Object> healed = rows().domain(peer.host());
            assertThat(healed).containsEntry("consecutive_failures", 0).containsEntry("circuit_open_until", null);
            assertThat(healed.get("last_success_at")).isNotNull();
        }
    }

    @Test
    void theOperatorSeesWhatFailedAndCanRetryIt() {
        try (TestInbox peer = TestInbox.start()) {
            String inbox = peer.url("/users/zed/inbox");
            peer.answer(500);
            post(actor(peer, "zed"));
            await().atMost(PATIENCE).until(() -> attempts(inbox) >= 1);
            // As if the job had been failing for three days: the next failure is its last.
            rows().update("update delivery_jobs set queued_at = now() - interval '3 days' where inbox_uri = ?", inbox);

            await().atMost(PATIENCE).until(() -> "failed".equals(rows().job(inbox).get("state")));
            assertThat(rows().job(inbox).get("last_error").toString()).startsWith("gave up after").contains("HTTP 500");
            JsonNode status = adminStatus();
            assertThat(status.at("/jobs/failed").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(status.get("recentFailures").findValuesAsText("inbox")).contains(inbox);
            JsonNode domain = find(status.get("domains"), peer.host());
            assertThat(domain.get("consecutiveFailures").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(domain.get("lastFailure").asText()).contains("HTTP 500");

            peer.answer(202);
            HttpResponse<String> retry = http().send(HttpRequest.newBuilder(http().uri("/api/admin/delivery/retry?domain="
                    + peer.host())).header("Authorization", BEARER).POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(retry.statusCode()).isEqualTo(200);
            assertThat(HttpProbe.json(retry).get("requeued").asInt()).isEqualTo(1);

            await().atMost(PATIENCE).until(() -> "delivered".equals(rows().job(inbox).get("state")));
            assertThat(rows().domain(peer.host())).containsEntry("consecutive_failures", 0);
            String metrics = http().get("/prometheus", "Authorization", BEARER).body();
            assertThat(metrics).contains("patchwork_delivery_attempts_total{outcome=\"delivered\"}")
                    .contains("patchwork_delivery_attempts_total{outcome=\"failed\"}")
                    .contains("patchwork_delivery_attempts_total{outcome=\"retry\"}")
                    .contains("patchwork_delivery_queue_depth{state=\"pending\"}")
                    .contains("patchwork_delivery_send_seconds_count");
        }
    }

    @Test
    void theOperatorViewNeedsTheOrganiserToken() {
        assertThat(http().get("/api/admin/delivery", "Accept", "application/json").statusCode()).isEqualTo(401);
        assertThat(http().send(HttpRequest.newBuilder(http().uri("/api/admin/delivery/retry"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);
        assertThat(http().get("/prometheus", "Accept", "text/plain").statusCode()).isEqualTo(401);
    }

    /** A remote actor on the peer with only a personal inbox; returns its URI. */
    private String actor(TestInbox peer, String name) {
        String uri = peer.url("/users/" + name);
        rows().addActor(uri, uri + "/inbox", null);
        return uri;
    }

    /** Publishes a note addressed to these actors, as the outbox stores it. */
    private void post(String... recipients) {
        FederationRows rows = rows();
        long id = rows.nextActivityId();
        String actor = baseUrl() + "/actors/hackney";
        String uri = baseUrl() + "/activities/" + id;
        String to = String.join("\", \"", recipients);
        rows.insertActivity(id, uri, rows.localActorId("hackney"), """
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "%s", "type": "Create", "actor": "%s",
                 "to": ["%s"], "object": {"id": "%s/object", "type": "Note", "attributedTo": "%s",
                 "content": "<p>Hello</p>", "to": ["%s"]}}""".formatted(uri, actor, to, uri, actor, to));
    }

    private int attempts(String inbox) {
        Object attempts = rows().job(inbox).get("attempts");
        return attempts == null ? 0 : ((Number) attempts).intValue();
    }

    private boolean circuitOpen(TestInbox peer) {
        return rows().queryLong("select count(*) from domains where host = ? and circuit_open_until > now()",
                peer.host()) == 1;
    }

    private long inFlight(TestInbox peer) {
        return rows().queryLong("select count(*) from delivery_jobs where host = ? and state = 'in_flight'", peer.host());
    }

    private long delivered(TestInbox peer) {
        return rows().queryLong("select count(*) from delivery_jobs where host = ? and state = 'delivered'", peer.host());
    }

    private JsonNode adminStatus() {
        HttpResponse<String> response = http().get("/api/admin/delivery", "Authorization", BEARER, "Accept",
                "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        return HttpProbe.json(response);
    }

    private static JsonNode find(JsonNode domains, String host) {
        for (JsonNode domain : domains) {
            if (domain.get("host").asText().equals(host)) {
                return domain;
            }
        }
        throw new AssertionError("no domain " + host + " in " + domains);
    }

    private FederationRows rows() {
        return new FederationRows(getProperties().get("datasources.default.url"));
    }
}
