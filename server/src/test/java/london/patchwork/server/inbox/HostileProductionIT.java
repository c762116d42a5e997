package london.patchwork.server.inbox;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.federation.signatures.CavageSigner;
import london.patchwork.federation.signatures.KeyPairs;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HostileInbox;
import london.patchwork.server.testing.InboxPosts;
import london.patchwork.server.testing.ListeningSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub in production mode (a public domain set): a keyId on a loopback, private, link-local or metadata
 * address, however spelled, is refused with a quick 401 and the hub never opens a connection to it.
 */
@MicronautTest
class HostileProductionIT extends HostileInbox {

    private final PrivateKey mallory = KeyPairs.rsa2048().getPrivate();
    private ListeningSocket listener;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("patchwork.domain", "hackney.example");
        return properties;
    }

    @BeforeAll
    void listen() {
        listener = new ListeningSocket();
    }

    @AfterAll
    void stopListening() {
        listener.close();
    }

    @Override
    protected URI hub() {
        return URI.create("https://hackney.example/actors/hackney");
    }

    @Test
    void keyIdsOnPrivateAddressesAreRefusedWithoutAConnection() {
        int port = listener.port();
        List<String> keyIds = List.of(
                bob + "#main-key",
                "http://10.0.0.1/key",
                "https://10.0.0.1/key",
                "https://127.0.0.1:" + port + "/users/x#main-key",
                "https://localhost:" + port + "/users/x#main-key",
                "https://localhost.:" + port + "/users/x#main-key",
                "https://[::1]:" + port + "/users/x#main-key",
                "https://2130706433:" + port + "/users/x#main-key",
                "https://0x7f000001:" + port + "/users/x#main-key",
                "https://169.254.169.254/latest/meta-data/#key",
                "https://192.168.1.1/users/x#main-key");
        Stored before = stored();
        long started = System.nanoTime();
        for (String keyId : keyIds) {
            URI actor = URI.create(keyId.replaceAll("#.*", ""));
            var create = Activities.create(actor, Activities.note(URI.create(actor + "/statuses/1"), actor,
                    "<p>let me in</p>", hub()));
            HttpResponse<String> response = InboxPosts.signed(CavageSigner.rsaSha256(keyId, mallory), inboxUrl(),
                    Activities.bytes(create));
            assertThat(response.statusCode()).as(keyId + ": " + response.body()).isEqualTo(401);
            assertThat(response.body()).contains("key unavailable (FETCH_FAILED)");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("production hub: %d private keyIds refused in %d ms, %d connections%n", keyIds.size(),
                took.toMillis(), listener.connections());
        assertThat(took).as("all %d refusals", keyIds.size()).isLessThan(Duration.ofSeconds(10));
        assertThat(listener.connections()).isZero();
        assertThat(remote.gets()).isZero();
        assertThat(stored()).isEqualTo(before);
    }
}
