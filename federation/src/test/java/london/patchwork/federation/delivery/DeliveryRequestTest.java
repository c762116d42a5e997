package london.patchwork.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchPolicy;
import london.patchwork.federation.fetch.PostResult;
import london.patchwork.federation.fetch.testing.LocalHttpServer;
import london.patchwork.federation.fetch.testing.LoopbackOnlySockets;
import london.patchwork.federation.fetch.testing.StaticResolver;
import london.patchwork.federation.signatures.RequestSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A planned delivery sent for real to local inboxes, signed at send time. */
class DeliveryRequestTest {

    private final LocalHttpServer peer = LocalHttpServer.start();
    private final List<Instant> signedAt = new CopyOnWriteArrayList<>();
    private final RequestSigner signer = (request, now) -> {
        signedAt.add(now);
        return Map.of("Date", now.toString(), "Signature", "keyId=\"https://hackney.hub.example/actors/hackney#main-key\"");
    };

    @AfterEach
    void stop() {
        peer.close();
    }

    private FetchClient client(Instant now) {
        return FetchClient.builder(FetchPolicy.development("Patchwork/0.1"))
                .resolver(new StaticResolver().loopback("masto.test", "gts.test"))
                .socketFactory(new LoopbackOnlySockets()).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    @Test
    void buildsTheHeadersAPeerExpects() throws Exception {
        DeliveryRequest request = DeliveryRequest.of(URI.create("https://masto.example/inbox"),
                AudienceTest.fixture("create-note-followers-only.json"), "Patchwork/0.1 (+https://hackney.hub.example/)");

        assertThat(request.headers()).containsEntry("Content-Type", "application/activity+json")
                .containsEntry("Accept", "application/activity+json")
                .containsEntry("User-Agent", "Patchwork/0.1 (+https://hackney.hub.example/)");
        assertThat(AudienceTest.JSON.readTree(request.body()).has("bcc")).isFalse();
    }

    @Test
    void sendsOnePostPerPlannedInboxEachSignedWhenSent() throws Exception {
        peer.respond("/inbox", 202, "text/plain", "");
        peer.respond("/users/dave/inbox", 200, "text/plain", "");
        URI shared = peer.uri("masto.test", "/inbox");
        URI dave = URI.create("http://gts.test:" + peer.port() + "/users/dave");
        URI carol = URI.create("http://masto.test:" + peer.port() + "/users/carol");
        URI erin = URI.create("http://masto.test:" + peer.port() + "/users/erin");
        Map<URI, InboxEndpoints> directory = Map.of(
                carol, new InboxEndpoints(URI.create(carol + "/inbox"), shared),
                erin, new InboxEndpoints(URI.create(erin + "/inbox"), shared),
                dave, InboxEndpoints.personal(URI.create(dave + "/inbox")));
        DeliveryPlan plan = new DeliveryPlanner(uri -> false, actor -> java.util.Optional.ofNullable(directory.get(actor)),
                CollectionExpander.NONE).plan(Audience.addressedTo(carol, erin, dave));
        JsonNode activity = AudienceTest.fixture("create-note-followers-only.json");
        byte[] body = ActivityBody.serialize(activity);

        Instant first = Instant.parse("2030-01-01T10:00:00Z");
        PostResult toShared = DeliveryRequest.to(plan.inboxes().get(0), body, "Patchwork/0.1").send(client(first), signer);
        Instant retry = Instant.parse("2030-01-01T13:00:00Z");
        PostResult toDave = DeliveryRequest.to(plan.inboxes().get(1), body, "Patchwork/0.1").send(client(retry), signer);

        assertThat(plan.inboxes()).hasSize(2);
        assertThat(toShared.status()).isEqualTo(202);
        assertThat(toDave.isSuccess()).isTrue();
        assertThat(peer.requests()).extracting(LocalHttpServer.Recorded::path).containsExactly("/inbox", "/users/dave/inbox");
        assertThat(peer.requests()).allSatisfy(r -> {
            assertThat(r.body()).isEqualTo(body);
            assertThat(r.header("Content-Type")).isEqualTo("application/activity+json");
            assertThat(r.header("Signature")).contains("main-key");
        });
        assertThat(signedAt).containsExactly(first, retry);
        assertThat(peer.requests().get(1).header("Date")).isEqualTo(retry.toString());
    }

    @Test
    void aPeerThatIsDownForAWhileSaysHowLongInTheResult() throws Exception {
        peer.route("/inbox", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            LocalHttpServer.send(exchange, 503, "text/plain", "maintenance".getBytes(StandardCharsets.UTF_8), false);
        });
        byte[] body = ActivityBody.serialize(AudienceTest.fixture("create-note-followers-only.json"));

        PostResult result = DeliveryRequest.to(peer.uri("masto.test", "/inbox"), body, "Patchwork/0.1")
                .send(client(Instant.parse("2030-01-01T10:00:00Z")), signer);

        assertThat(result.status()).isEqualTo(503);
        assertThat(result.isPermanentFailure()).isFalse();
        assertThat(result.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(result.bodyExcerpt()).isEqualTo("maintenance");
        assertThat(peer.requests()).hasSize(1);
    }
}
