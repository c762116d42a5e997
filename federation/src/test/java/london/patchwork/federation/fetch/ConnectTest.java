package london.patchwork.federation.fetch;

import london.patchwork.federation.fetch.testing.LocalHttpServer;
import london.patchwork.federation.fetch.testing.LoopbackOnlySockets;
import london.patchwork.federation.fetch.testing.StaticResolver;
import london.patchwork.federation.fetch.testing.UnconnectedSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.SocketFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connecting: several addresses for one name, connect timeouts, and a resolver that hangs. */
class ConnectTest {

    private final LocalHttpServer server = LocalHttpServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void triesTheNextCheckedAddressWhenOneRefuses() throws Exception {
        // 127.0.0.2 is loopback too, but nothing listens there: the connect is refused at once.
        StaticResolver resolver = new StaticResolver().map("multi.test", StaticResolver.address("127.0.0.2"),
                InetAddress.getLoopbackAddress());
        LoopbackOnlySockets sockets = new LoopbackOnlySockets();
        server.respond("/doc", 200, MediaType.ACTIVITY_JSON, "{\"id\":\"" + server.uri("multi.test", "/doc") + "\"}");
        FetchClient client = FetchClient.builder(FetchPolicy.development("t")).resolver(resolver).socketFactory(sockets).build();

        FetchedJson fetched = client.getActivityPub(server.uri("multi.test", "/doc"));

        assertThat(fetched.url()).isEqualTo(server.uri("multi.test", "/doc"));
        assertThat(sockets.attempts()).extracting(a -> a.getAddress().getHostAddress())
                .containsExactly("127.0.0.2", "127.0.0.1");
    }

    @Test
    void aConnectThatTimesOutIsReportedAsATimeout() {
        // The socket stands in for a SYN that is never answered; the client passes it its connect budget.
        List<Integer> budgets = new CopyOnWriteArrayList<>();
        SocketFactory unanswered = new UnconnectedSocketFactory() {
            @Override
            public Socket createSocket() {
                return new Socket() {
                    @Override
                    public void connect(SocketAddress endpoint, int timeout) throws IOException {
                        budgets.add(timeout);
                        throw new SocketTimeoutException("connect timed out");
                    }
                };
            }
        };
        FetchClient client = FetchClient.builder(FetchPolicy.development("t")
                        .withTimeouts(Duration.ofMillis(700), Duration.ofSeconds(20)))
                .resolver(new StaticResolver().loopback("slow.test")).socketFactory(unanswered).build();

        assertThatThrownBy(() -> client.getActivityPub(server.uri("slow.test", "/doc")))
                .isInstanceOf(FetchException.Timeout.class).hasMessageContaining("connecting");
        assertThat(budgets).containsExactly(700);
    }

    @Test
    void aResolverThatHangsCannotOutliveTheDeadline() {
        HostResolver hanging = host -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(InetAddress.getLoopbackAddress());
        };
        FetchClient client = FetchClient.builder(FetchPolicy.development("t")
                        .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(800)))
                .resolver(hanging).socketFactory(new LoopbackOnlySockets()).build();
        // The resolver never answers, so only the deadline can end this, as a Timeout while resolving.
        assertThatThrownBy(() -> client.getActivityPub(server.uri("dns.test", "/doc")))
                .isInstanceOf(FetchException.Timeout.class).hasMessageContaining("resolving");
    }

    @Test
    void anEmptyOrFailingResolutionIsHostNotFound() {
        FetchClient empty = FetchClient.builder(FetchPolicy.development("t")).resolver(host -> List.of())
                .socketFactory(new LoopbackOnlySockets()).build();
        FetchClient broken = FetchClient.builder(FetchPolicy.development("t"))
                .resolver(host -> {
                    throw new IllegalStateException("resolver bug");
                })
                .socketFactory(new LoopbackOnlySockets()).build();

        assertThatThrownBy(() -> empty.getActivityPub(server.uri("none.test", "/"))).isInstanceOf(FetchException.HostNotFound.class);
        assertThatThrownBy(() -> broken.getActivityPub(server.uri("none.test", "/"))).isInstanceOf(FetchException.HostNotFound.class);
    }

    @Test
    void loopbackAliasesAreStillLoopbackInProduction() {
        StaticResolver resolver = new StaticResolver().map("alias.test", StaticResolver.address("127.0.0.2"));
        LoopbackOnlySockets sockets = new LoopbackOnlySockets();
        FetchClient production = FetchClient.builder(FetchPolicy.defaults("t")).resolver(resolver).socketFactory(sockets).build();

        assertThatThrownBy(() -> production.getActivityPub(java.net.URI.create("https://alias.test/")))
                .isInstanceOf(FetchException.BlockedAddress.class);
        assertThat(sockets.attempts()).isEmpty();
    }
}
