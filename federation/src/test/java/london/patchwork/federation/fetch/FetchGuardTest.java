package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import london.patchwork.federation.fetch.testing.LocalHttpServer;
import london.patchwork.federation.fetch.testing.LoopbackOnlySockets;
import london.patchwork.federation.fetch.testing.StaticResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF guard: what the production policy refuses, and proof that it refuses before connecting.
 * The loopback-only socket factory records every connect attempt, so "zero attempts" is checked,
 * not assumed.
 */
class FetchGuardTest {

    private static final String AP = "application/activity+json";

    private final LocalHttpServer server = LocalHttpServer.start();
    private final LoopbackOnlySockets sockets = new LoopbackOnlySockets();
    private final StaticResolver resolver = new StaticResolver()
            .loopback("hub.test", "localhost.test")
            .map("private.test", StaticResolver.address("10.0.0.1"))
            .map("metadata.test", StaticResolver.address("169.254.169.254"))
            .map("mapped.test", mappedV6("127.0.0.1"))
            .map("mixed.test", StaticResolver.address("93.184.216.34"), StaticResolver.address("192.168.0.10"))
            .map("ula.test", StaticResolver.address("fd00::1"))
            .map("cgnat.test", StaticResolver.address("100.64.1.1"));

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchClient client(FetchPolicy policy) {
        return FetchClient.builder(policy).resolver(resolver).socketFactory(sockets).build();
    }

    private static InetAddress mappedV6(String v4) {
        try {
            byte[] bytes = new byte[16];
            bytes[10] = (byte) 0xff;
            bytes[11] = (byte) 0xff;
            System.arraycopy(InetAddress.getByName(v4).getAddress(), 0, bytes, 12, 4);
            return Inet6Address.getByAddress(null, bytes, null);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void developmentSwitchReachesTheLocalServer() throws Exception {
        server.respond("/doc", 200, AP, "{\"id\":\"" + server.uri("hub.test", "/doc") + "\"}");

        assertThat(client(FetchPolicy.development("t")).getActivityPub(server.uri("hub.test", "/doc")).url())
                .isEqualTo(server.uri("hub.test", "/doc"));
    }

    @Test
    void withoutTheSwitchPlainHttpIsRefusedBeforeAnyLookupOrConnection() {
        FetchClient production = client(FetchPolicy.defaults("t"));

        assertThatThrownBy(() -> production.getActivityPub(server.uri("hub.test", "/doc")))
                .isInstanceOf(FetchException.BadUrl.class).hasMessageContaining("plain http");
        assertThat(resolver.lookups()).isZero();
        assertThat(sockets.attempts()).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hub.test", "localhost.test", "127.0.0.1", "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
            "[::127.0.0.1]", "[64:ff9b::7f00:1]", "[2002:7f00:1::]"})
    void withoutTheSwitchLoopbackIsRefusedBeforeConnecting(String host) {
        FetchClient production = client(FetchPolicy.defaults("t").withPlainHttp(true));
        URI target = URI.create("https://" + host + ":" + server.port() + "/doc");

        assertThatThrownBy(() -> production.getActivityPub(target))
                .isInstanceOfSatisfying(FetchException.BlockedAddress.class,
                        e -> assertThat(e.addressClass()).isEqualTo(AddressClass.LOOPBACK));
        assertThat(sockets.attempts()).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"private.test", "metadata.test", "mapped.test", "mixed.test", "ula.test", "cgnat.test",
            "10.1.2.3", "169.254.169.254", "[fe80::1]", "[fc00::5]", "0.0.0.0", "[::]", "224.0.0.1", "255.255.255.255",
            "192.0.2.1", "[2001:db8::1]"})
    void publicLookingNamesAndLiteralsWithPrivateAddressesAreRefused(String host) {
        FetchClient production = client(FetchPolicy.defaults("t"));

        assertThatThrownBy(() -> production.getActivityPub(URI.create("https://" + host + "/users/alice")))
                .isInstanceOf(FetchException.BlockedAddress.class);
        assertThat(sockets.attempts()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"metadata.test", "169.254.169.254", "[fe80::1]", "0.0.0.0", "224.0.0.1", "[ff02::1]"})
    void evenTheDevelopmentSwitchNeverOpensLinkLocalMulticastOrUnspecified(String host) {
        FetchClient development = client(FetchPolicy.development("t"));

        assertThatThrownBy(() -> development.getActivityPub(URI.create("http://" + host + "/latest/meta-data/")))
                .isInstanceOf(FetchException.BlockedAddress.class);
        assertThat(sockets.attempts()).isEmpty();
    }

    @Test
    void aRedirectToAForbiddenAddressIsRefusedAtThatHop() {
        server.redirect("/to-metadata", 302, "http://metadata.test/latest/meta-data/iam");
        server.redirect("/to-literal", 301, "http://[fe80::1]/");

        FetchClient development = client(FetchPolicy.development("t"));

        assertThatThrownBy(() -> development.getActivityPub(server.uri("hub.test", "/to-metadata")))
                .isInstanceOfSatisfying(FetchException.BlockedAddress.class, e -> {
                    assertThat(e.addressClass()).isEqualTo(AddressClass.LINK_LOCAL);
                    assertThat(e.target()).hasToString("http://metadata.test/latest/meta-data/iam");
                });
        assertThatThrownBy(() -> development.getActivityPub(server.uri("hub.test", "/to-literal")))
                .isInstanceOf(FetchException.BlockedAddress.class);
        assertThat(sockets.attempts()).allSatisfy(a -> assertThat(a.getAddress().isLoopbackAddress()).isTrue());
        assertThat(sockets.attempts()).hasSize(2);
    }

    @Test
    void aRedirectFromAPublicSchemeToPlainHttpIsRefusedInProduction() throws Exception {
        FetchTarget https = FetchTarget.parse("https://peer.example/a");
        FetchTarget downgraded = https.redirect("http://peer.example/b");

        assertThat(downgraded.isHttps()).isFalse();
        assertThatThrownBy(() -> client(FetchPolicy.defaults("t")).getActivityPub(downgraded.uri()))
                .isInstanceOf(FetchException.BadUrl.class);
    }

    @Test
    void deliveryPostsAreGuardedToo() {
        FetchClient production = client(FetchPolicy.defaults("t"));

        assertThatThrownBy(() -> production.post(URI.create("https://private.test/inbox"), Map.of(), new byte[0],
                (request, now) -> Map.of())).isInstanceOf(FetchException.BlockedAddress.class);
        assertThat(sockets.attempts()).isEmpty();
    }
}
