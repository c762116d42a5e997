package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import london.patchwork.federation.fetch.testing.FullBacklog;
import london.patchwork.federation.fetch.testing.LoopbackOnlySockets;
import london.patchwork.federation.fetch.testing.RawPeer;
import london.patchwork.federation.fetch.testing.StaticResolver;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Whatever step the deadline cuts off (connect, TLS handshake, write, read) the caller gets
 * {@link FetchException.Timeout}, never {@link FetchException.ConnectionFailed} or
 * {@link FetchException.TlsFailed}: the watchdog's close and a socket timeout race, and which one
 * wins must not change the answer. Real sockets on 127.0.0.1; no test here measures time, so a
 * loaded machine can slow them down but not fail them.
 */
class FiredDeadlineTest {

    private static final Duration DEADLINE = Duration.ofMillis(1000);
    /** Drips slower than this never finish before the deadline. */
    private static final long DRIP_MILLIS = 100;

    private final StaticResolver resolver = new StaticResolver().loopback("peer.test");

    private FetchClient client(Duration connectTimeout, Duration deadline) {
        return FetchClient.builder(FetchPolicy.development("t").withTimeouts(connectTimeout, deadline))
                .resolver(resolver).socketFactory(new LoopbackOnlySockets()).build();
    }

    /** The deadline, not the connect timeout, is the shorter limit. */
    private FetchClient client() {
        return client(Duration.ofSeconds(30), DEADLINE);
    }

    private static URI url(String scheme, int port, String path) {
        return URI.create(scheme + "://peer.test:" + port + path);
    }

    private static void assertTimeout(ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(FetchException.Timeout.class)
                .satisfies(e -> assertThat(((FetchException) e).isPermanent()).isFalse());
    }

    @Test
    void aPeerThatAcceptsAndNeverAnswersIsATimeout() throws Exception {
        try (RawPeer peer = RawPeer.start(socket -> Thread.sleep(60_000))) {
            assertTimeout(() -> client().getActivityPub(url("http", peer.port(), "/silent")));
        }
    }

    @Test
    void aPeerThatTricklesItsHeadPastTheDeadlineIsATimeout() throws Exception {
        try (RawPeer peer = RawPeer.start(socket -> {
            RawPeer.readHead(socket);
            drip(socket.getOutputStream(), "HTTP/1.1 200 OK\r\nContent-Type: application/activity+json\r\nX-Pad: "
                    + "a".repeat(10_000));
        })) {
            assertTimeout(() -> client().getActivityPub(url("http", peer.port(), "/drip")));
        }
    }

    @Test
    void aPeerThatTricklesItsBodyPastTheDeadlineIsATimeout() throws Exception {
        try (RawPeer peer = RawPeer.start(socket -> {
            RawPeer.readHead(socket);
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/activity+json\r\nContent-Length: 10000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            drip(out, "{\"id\":\"" + "a".repeat(9_990));
        })) {
            assertTimeout(() -> client().getActivityPub(url("http", peer.port(), "/drip")));
        }
    }

    @Test
    void aPeerThatNeverReadsAPostIsATimeout() throws Exception {
        byte[] body = new byte[64 * 1024 * 1024];
        try (RawPeer peer = RawPeer.start(socket -> Thread.sleep(60_000))) {
            assertTimeout(() -> client().post(url("http", peer.port(), "/inbox"), Map.of(), body, (request, now) -> Map.of()));
        }
    }

    @Test
    void aPeerThatAcceptsButNeverStartsTheTlsHandshakeIsATimeout() throws Exception {
        try (RawPeer peer = RawPeer.start(socket -> Thread.sleep(60_000))) {
            assertTimeout(() -> client().getActivityPub(url("https", peer.port(), "/silent")));
        }
    }

    @Test
    void aPeerThatTricklesAnUnfinishedTlsRecordIsATimeout() throws Exception {
        // A well-formed record header (handshake, TLS 1.2, 255 bytes) keeps the client reading; the
        // record's bytes then come one at a time, too slowly for it ever to be complete.
        try (RawPeer peer = RawPeer.start(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write(new byte[] {0x16, 0x03, 0x03, 0x00, (byte) 0xff});
            out.flush();
            drip(out, "\0".repeat(255));
        })) {
            assertTimeout(() -> client().getActivityPub(url("https", peer.port(), "/drip")));
        }
    }

    @Test
    void aConnectThatCannotCompleteBeforeTheDeadlineIsATimeout() throws Exception {
        try (FullBacklog backlog = FullBacklog.start()) {
            assertThatThrownBy(() -> client().getActivityPub(url("http", backlog.port(), "/unanswered")))
                    .isExactlyInstanceOf(FetchException.Timeout.class).hasMessageStartingWith("connecting");
        }
    }

    @Test
    void aConnectCutOffByTheConnectTimeoutIsATimeout() throws Exception {
        try (FullBacklog backlog = FullBacklog.start()) {
            assertThatThrownBy(() -> client(Duration.ofMillis(300), Duration.ofSeconds(30))
                            .getActivityPub(url("http", backlog.port(), "/unanswered")))
                    .isExactlyInstanceOf(FetchException.Timeout.class).hasMessageStartingWith("connecting");
        }
    }

    private static void drip(OutputStream out, String text) throws IOException, InterruptedException {
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            out.write(b);
            out.flush();
            Thread.sleep(DRIP_MILLIS);
        }
    }
}
