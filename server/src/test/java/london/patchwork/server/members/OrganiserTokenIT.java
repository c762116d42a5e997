package london.patchwork.server.members;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.http.SecretTokens;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class OrganiserTokenIT extends HubTest {

    @Test
    void apiRefusesRequestsWithoutTheToken() {
        assertThat(http().get("/api/admin/instance", "Accept", "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void apiRefusesAWrongToken() {
        HttpResponse<String> response = http().get("/api/admin/instance",
                "Accept", "application/json", "Authorization", "Bearer not-the-organiser-token-at-all");
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void apiAnswersTheOrganiser() {
        HttpResponse<String> response = http().get("/api/admin/instance",
                "Accept", "application/json", "Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        var body = HttpProbe.json(response);
        assertThat(body.get("localMode").asBoolean()).isTrue();
        assertThat(body.get("hubHandle").asText()).isEqualTo("@hackney@" + baseUrl().substring("http://".length()));
        assertThat(body.get("localActors").asLong()).isEqualTo(2);
    }

    @Test
    void onlyTheHashOfTheTokenIsStored(OrganiserTokenRepository repository) {
        var stored = repository.findByLabel(OrganiserTokens.BOOTSTRAP_LABEL).orElseThrow();
        assertThat(stored.tokenHash()).isEqualTo(SecretTokens.hash(TestHubs.ORGANISER_TOKEN))
                .doesNotContain(TestHubs.ORGANISER_TOKEN);
    }

    @Test
    void processesStartingTogetherStoreTheConfiguredTokenOnce(OrganiserTokenRepository repository) throws Exception {
        // Twenty rounds of eight processes' worth of start-ups racing on one label each.
        for (int round = 0; round < 20; round++) {
            String label = "race-" + round;
            String hash = SecretTokens.hash("a-token-two-processes-were-given-" + round);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            try (var starting = java.util.concurrent.Executors.newFixedThreadPool(8)) {
                var stored = java.util.stream.IntStream.range(0, 8).mapToObj(i -> starting.submit(() -> {
                    start.await();
                    repository.upsert(hash, label);
                    return true;
                })).toList();
                start.countDown();
                for (var one : stored) {
                    assertThat(one.get()).isTrue();
                }
            }
            assertThat(repository.findByLabel(label)).hasValueSatisfying(token ->
                    assertThat(token.tokenHash()).isEqualTo(hash));
        }
    }
}
