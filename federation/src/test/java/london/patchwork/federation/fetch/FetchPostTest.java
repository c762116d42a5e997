package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import london.patchwork.federation.fetch.testing.LocalHttpServer;
import london.patchwork.federation.fetch.testing.LoopbackOnlySockets;
import london.patchwork.federation.fetch.testing.RawPeer;
import london.patchwork.federation.fetch.testing.StaticResolver;
import london.patchwork.federation.signatures.OutgoingRequest;
import london.patchwork.federation.signatures.RequestSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery POSTs against a real local server. */
class FetchPostTest {

    private static final byte[] BODY = "{\"type\":\"Create\"}".getBytes(StandardCharsets.UTF_8);

    private final LocalHttpServer server = LocalHttpServer.start();
    private final FetchClient client = FetchClient.builder(FetchPolicy.development("Patchwork/0.1"))
            .resolver(new StaticResolver().loopback("peer.test")).socketFactory(new LoopbackOnlySockets()).build();
    private final AtomicReference<OutgoingRequest> signed = new AtomicReference<>();
    private final RequestSigner signer = (request, now) -> {
        signed.set(request);
        return Map.of("Date", "Sun, 05 Jan 2014 21:31:40 GMT", "Digest", "SHA-256=abc", "Signature", "sig");
    };

    @AfterEach
    void stop() {
        server.close();
    }

    private URI inbox() {
        return server.uri("peer.test", "/inbox");
    }

    @Test
    void postsTheBodyWithTheCallersAndTheSignersHeaders() throws Exception {
        server.respond("/inbox", 202, "text/plain", "");

        PostResult result = client.post(inbox(), Map.of("Content-Type", "application/activity+json"), BODY, signer);

        assertThat(result.isSuccess()).isTrue();
        assertThat(result.status()).isEqualTo(202);
        LocalHttpServer.Recorded request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.body()).isEqualTo(BODY);
        assertThat(request.header("Content-Type")).isEqualTo("application/activity+json");
        assertThat(request.header("Content-Length")).isEqualTo(Integer.toString(BODY.length));
        assertThat(request.header("Digest")).isEqualTo("SHA-256=abc");
        assertThat(request.header("Signature")).isEqualTo("sig");
        assertThat(request.header("User-Agent")).isEqualTo("Patchwork/0.1");
        assertThat(signed.get().body()).isEqualTo(BODY);
        assertThat(signed.get().headers()).containsEntry("Content-Type", "application/activity+json")
                .containsEntry("Host", "peer.test:" + server.port());
    }

    @Test
    void neverFollowsARedirect() throws Exception {
        server.redirect("/inbox", 308, "/elsewhere");
        server.respond("/elsewhere", 202, "text/plain", "");

        PostResult result = client.post(inbox(), Map.of(), BODY, signer);

        assertThat(result.status()).isEqualTo(308);
        assertThat(result.isSuccess()).isFalse();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void returnsFailuresWithABoundedExcerpt() throws Exception {
        server.respond("/inbox", 401, "text/plain", "bad signature\u0007" + "x".repeat(10_000));

        PostResult result = client.post(inbox(), Map.of(), BODY, signer);

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.isPermanentFailure()).isFalse();
        assertThat(result.bodyExcerpt()).startsWith("bad signature ").hasSize(PostResult.EXCERPT_BYTES);
    }

    @Test
    void goneInboxesArePermanentFailures() throws Exception {
        server.respond("/inbox", 410, "text/plain", "gone");

        PostResult result = client.post(inbox(), Map.of(), BODY, signer);

        assertThat(result.isGone()).isTrue();
        assertThat(result.isPermanentFailure()).isTrue();
    }

    @Test
    void aRateLimitedAnswerCarriesItsRetryAfterDateMeasuredFromTheResponsesDate() throws Exception {
        try (RawPeer peer = RawPeer.answering("HTTP/1.1 429 Too Many Requests\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
                + "Retry-After: Sun, 06 Nov 1994 08:51:07 GMT\r\nContent-Length: 0\r\n\r\n")) {
            PostResult result = client.post(URI.create("http://peer.test:" + peer.port() + "/inbox"), Map.of(), BODY, signer);

            assertThat(result.status()).isEqualTo(429);
            assertThat(result.retryAfter()).contains(Duration.ofSeconds(90));
        }
    }

    @Test
    void withoutADateTheRetryAfterDateIsMeasuredOnTheClientsClock() throws Exception {
        FetchClient at = FetchClient.builder(FetchPolicy.development("Patchwork/0.1"))
                .resolver(new StaticResolver().loopback("peer.test")).socketFactory(new LoopbackOnlySockets())
                .clock(Clock.fixed(Instant.parse("2030-01-01T10:00:00Z"), ZoneOffset.UTC)).build();
        try (RawPeer peer = RawPeer.answering("HTTP/1.1 503 Service Unavailable\r\n"
                + "Retry-After: Tue, 01 Jan 2030 10:05:00 GMT\r\nContent-Length: 0\r\n\r\n")) {
            PostResult result = at.post(URI.create("http://peer.test:" + peer.port() + "/inbox"), Map.of(), BODY, signer);

            assertThat(result.retryAfter()).contains(Duration.ofMinutes(5));
        }
    }

    @Test
    void anAnswerWithoutRetryAfterHasNone() throws Exception {
        server.respond("/inbox", 503, "text/plain", "down");

        assertThat(client.post(inbox(), Map.of(), BODY, signer).retryAfter()).isEmpty();
    }

    @Test
    void refusesHeadersThatWouldSplitTheRequest() {
        server.respond("/inbox", 202, "text/plain", "");
        RequestSigner broken = (request, now) -> Map.of("Signature", "a\r\nX-Injected: 1");

        assertThatThrownBy(() -> client.post(inbox(), Map.of("X-Bad", "a\nb"), BODY, signer))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.post(inbox(), Map.of(), BODY, broken)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.requests()).isEmpty();
    }
}
