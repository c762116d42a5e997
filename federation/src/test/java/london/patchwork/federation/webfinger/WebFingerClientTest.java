package london.patchwork.federation.webfinger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.FetchPolicy;
import london.patchwork.federation.fetch.testing.LocalHttpServer;
import london.patchwork.federation.fetch.testing.LoopbackOnlySockets;
import london.patchwork.federation.fetch.testing.StaticResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * WebFinger lookups against a local server that plays several domains: each answer is chosen by the
 * {@code Host} header and the {@code resource} query, as a real server would.
 */
class WebFingerClientTest {

    private final LocalHttpServer server = LocalHttpServer.start();
    private final Map<String, String> documents = new ConcurrentHashMap<>();
    private final WebFingerClient webFinger = WebFingerClient.overPlainHttp(FetchClient.builder(FetchPolicy.development("t"))
            .resolver(new StaticResolver().loopback("hub.test", "accounts.test", "liar.test"))
            .socketFactory(new LoopbackOnlySockets()).build());

    WebFingerClientTest() {
        server.route("/.well-known/webfinger", this::answer);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Host") + " " + exchange.getRequestURI().getRawQuery();
        String body = documents.get(key);
        if (body == null) {
            LocalHttpServer.send(exchange, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8), false);
        } else {
            LocalHttpServer.send(exchange, 200, "application/jrd+json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), false);
        }
    }

    private Acct acct(String user, String host) throws WebFingerException {
        return Acct.parse(user + "@" + host + ":" + server.port());
    }

    private void serve(Acct queried, Acct subject, String actor) {
        documents.put(queried.domain() + " resource=" + queried.toUri(), "{\"subject\":\"" + subject.toUri() + "\","
                + "\"links\":[{\"rel\":\"self\",\"type\":\"application/activity+json\",\"href\":\"" + actor + "\"}]}");
    }

    @Test
    void resolvesAHandleToItsActor() throws Exception {
        Acct alice = acct("alice", "hub.test");
        serve(alice, alice, "http://hub.test/users/alice");

        WebFingerResult result = webFinger.resolve(alice);

        assertThat(result.actor()).isEqualTo(URI.create("http://hub.test/users/alice"));
        assertThat(result.account()).isEqualTo(alice);
        assertThat(server.requests().get(0).path())
                .isEqualTo("/.well-known/webfinger?resource=acct:alice@hub.test:" + server.port());
        assertThat(server.requests().get(0).header("Accept")).isEqualTo("application/jrd+json, application/json");
    }

    @Test
    void acceptsAnotherSubjectOnlyWhenItsOwnDomainConfirmsIt() throws Exception {
        Acct queried = acct("bob", "hub.test");
        Acct canonical = acct("bob", "accounts.test");
        serve(queried, canonical, "http://accounts.test/users/bob");
        serve(canonical, canonical, "http://accounts.test/users/bob");

        WebFingerResult result = webFinger.resolve(queried);

        assertThat(result.account()).isEqualTo(canonical);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void refusesAClaimedAccountThatItsDomainDoesNotConfirm() throws Exception {
        Acct queried = acct("mallory", "liar.test");
        Acct claimed = acct("admin", "accounts.test");
        serve(queried, claimed, "http://liar.test/users/mallory");
        serve(claimed, claimed, "http://accounts.test/users/admin");

        assertThatThrownBy(() -> webFinger.resolve(queried)).isInstanceOf(FetchException.InvalidDocument.class)
                .hasMessageContaining("not confirmed");
    }

    @Test
    void reportsMissingAccountsAndDocumentsThatAreNotJrds() throws Exception {
        Acct nobody = acct("nobody", "hub.test");
        Acct broken = acct("broken", "hub.test");
        documents.put(broken.domain() + " resource=" + broken.toUri(), "{\"links\":[]}");
        Acct noActor = acct("noactor", "hub.test");
        documents.put(noActor.domain() + " resource=" + noActor.toUri(), "{\"subject\":\"" + noActor.toUri() + "\"}");

        assertThatThrownBy(() -> webFinger.resolve(nobody))
                .isInstanceOfSatisfying(FetchException.HttpStatus.class, e -> assertThat(e.isGone()).isTrue());
        assertThatThrownBy(() -> webFinger.resolve(broken)).isInstanceOf(FetchException.InvalidDocument.class);
        assertThatThrownBy(() -> webFinger.resolve(noActor)).isInstanceOf(FetchException.InvalidDocument.class)
                .hasMessageContaining("self link");
    }

    @Test
    void httpsLookupsAreGuardedLikeAnyFetch() throws Exception {
        WebFingerClient production = WebFingerClient.overHttps(FetchClient.builder(FetchPolicy.defaults("t"))
                .resolver(new StaticResolver().loopback("hub.test")).socketFactory(new LoopbackOnlySockets()).build());

        assertThatThrownBy(() -> production.lookup(Acct.parse("alice@hub.test")))
                .isInstanceOf(FetchException.BlockedAddress.class);
    }
}
