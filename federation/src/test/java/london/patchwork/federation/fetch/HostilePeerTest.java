package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import london.patchwork.federation.fetch.testing.LoopbackOnlySockets;
import london.patchwork.federation.fetch.testing.RawPeer;
import london.patchwork.federation.fetch.testing.StaticResolver;
import org.junit.jupiter.api.Test;

/** Peers that misbehave on the wire, served from a raw socket on 127.0.0.1. */
class HostilePeerTest {

    private static final Duration DEADLINE = Duration.ofMillis(1500);
    // The upper bounds are generous because the machine is shared; the peers below would go on for
    // 10 s or forever, so ending anywhere near the deadline proves the deadline ended it.
    private static final Duration SLACK = Duration.ofMillis(3000);

    private final StaticResolver resolver = new StaticResolver().loopback("peer.test");
    private final FetchClient client = FetchClient.builder(FetchPolicy.development("t")
                    .withTimeouts(Duration.ofSeconds(1), DEADLINE))
            .resolver(resolver).socketFactory(new LoopbackOnlySockets()).build();

    private static URI url(RawPeer peer, String path) {
        return URI.create("http://peer.test:" + peer.port() + path);
    }

    @Test
    void aPeerDrippingOneByteAtATimeIsCutOffAtTheTotalDeadline() throws Exception {
        try (RawPeer peer = RawPeer.start(socket -> {
            RawPeer.readHead(socket);
            OutputStream out = socket.getOutputStream();
            byte[] head = "HTTP/1.1 200 OK\r\nContent-Type: application/activity+json\r\nX-Pad: ".getBytes(StandardCharsets.US_ASCII);
            for (byte b : head) {
                out.write(b);
                out.flush();
                Thread.sleep(200);
            }
            while (true) {
                out.write('a');
                out.flush();
                Thread.sleep(200);
            }
        })) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> client.getActivityPub(url(peer, "/slow")))
                    .isInstanceOfSatisfying(FetchException.Timeout.class, e -> assertThat(e.isPermanent()).isFalse());

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isBetween(DEADLINE.minusMillis(100), DEADLINE.plus(SLACK));
        }
    }

    @Test
    void aSilentPeerTimesOutAtTheDeadline() throws Exception {
        try (RawPeer peer = RawPeer.start(socket -> Thread.sleep(10_000))) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> client.getActivityPub(url(peer, "/silent"))).isInstanceOf(FetchException.Timeout.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plus(SLACK));
        }
    }

    @Test
    void aPeerThatStopsReadingCannotHoldAPostPastTheDeadline() throws Exception {
        byte[] body = new byte[64 * 1024 * 1024];
        try (RawPeer peer = RawPeer.start(socket -> Thread.sleep(10_000))) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> client.post(url(peer, "/inbox"), Map.of(), body, (request, now) -> Map.of()))
                    .isInstanceOf(FetchException.Timeout.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plus(SLACK));
        }
    }

    @Test
    void conflictingFramingOverTheWireIsMalformed() throws Exception {
        try (RawPeer peer = RawPeer.answering("HTTP/1.1 200 OK\r\nContent-Type: application/activity+json\r\n"
                + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}")) {
            assertThatThrownBy(() -> client.getActivityPub(url(peer, "/x")))
                    .isInstanceOf(FetchException.MalformedResponse.class);
        }
    }

    @Test
    void aResponseCutShortIsMalformedNotADocument() throws Exception {
        try (RawPeer peer = RawPeer.answering("HTTP/1.1 200 OK\r\nContent-Type: application/activity+json\r\n"
                + "Content-Length: 100\r\n\r\n{\"id\":")) {
            assertThatThrownBy(() -> client.getActivityPub(url(peer, "/x")))
                    .isInstanceOf(FetchException.MalformedResponse.class);
        }
    }

    @Test
    void aCloseDelimitedHttp10ResponseIsRead() throws Exception {
        String id = "http://peer.test:%d/old";
        try (RawPeer peer = RawPeer.start(socket -> {
            RawPeer.readHead(socket);
            String doc = "{\"id\":\"" + String.format(id, socket.getLocalPort()) + "\"}";
            socket.getOutputStream().write(("HTTP/1.0 200 OK\r\nContent-Type: application/activity+json\r\n\r\n" + doc)
                    .getBytes(StandardCharsets.UTF_8));
        })) {
            assertThat(client.getActivityPub(url(peer, "/old")).json().get("id").asText())
                    .isEqualTo(String.format(id, peer.port()));
        }
    }

    @Test
    void theRequestHeadIsExactlyWhatWeMeant() throws Exception {
        var head = new java.util.concurrent.atomic.AtomicReference<String>();
        try (RawPeer peer = RawPeer.start(socket -> {
            head.set(RawPeer.readHead(socket));
            socket.getOutputStream().write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        })) {
            assertThatThrownBy(() -> client.getActivityPub(URI.create(url(peer, "/tags/café?q=1") + "#frag")))
                    .isInstanceOf(FetchException.HttpStatus.class);

            assertThat(head.get()).startsWith("GET /tags/caf%C3%A9?q=1 HTTP/1.1\r\nHost: peer.test:" + peer.port() + "\r\n")
                    .doesNotContain("frag").endsWith("\r\n\r\n");
        }
    }
}
