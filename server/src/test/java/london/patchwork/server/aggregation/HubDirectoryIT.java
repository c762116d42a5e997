package london.patchwork.server.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;

import static london.patchwork.server.aggregation.HubDirectoryFixture.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three real hubs: London joins up with Hackney (which says it serves Hackney) and Lambeth. After the directory's
 * refresh, its JSON and its page show each hub's name, area, figures and health; when Lambeth stops, the next refresh
 * marks it unreachable and keeps what it said before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubDirectoryIT {

    private RunningHub london;
    private RunningHub hackney;
    private RunningHub lambeth;
    private Hub hackneyRow;
    private Hub lambethRow;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY, Map.of("patchwork.hub.area", "Hackney"));
        lambeth = RunningHub.start(TestHubs.LAMBETH);
        london = RunningHub.start(TestHubs.LONDON, Map.of(
                "patchwork.aggregation.directory.refresh-interval", "2s",
                "patchwork.aggregation.directory.poll-interval", "1s"));
        hackneyRow = HubDirectoryFixture.join(london, hackney);
        lambethRow = HubDirectoryFixture.join(london, lambeth);
    }

    @AfterAll
    void stop() {
        london.close();
        hackney.close();
        lambeth.close();
    }

    private JsonNode directory() {
        HttpResponse<String> response = london.http().get("/api/patchwork/hubs", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        return HttpProbe.json(response);
    }

    private JsonNode hub(Hub row) {
        for (JsonNode hub : directory()) {
            if (hub.get("id").asText().equals(String.valueOf(row.id()))) {
                return hub;
            }
        }
        throw new AssertionError("hub " + row.id() + " is not in the directory");
    }

    @Test
    void theDirectoryShowsEachHubAsItSaysAndAsItIsKeptHereThenAStoppedHubAsUnreachable() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
        String asset = ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "place", "category": "physical-spaces", "name": "Round Chapel"}""").get("url").asText();
        await().atMost(PATIENCE).until(() -> hub(hackneyRow).path("counts").path("assets").asLong() == 1);

        await().atMost(PATIENCE).until(() -> hub(hackneyRow).path("health").path("reachable").asBoolean()
                && hub(lambethRow).path("health").path("reachable").asBoolean());
        JsonNode hackneyShown = hub(hackneyRow);
        assertThat(hackneyShown.get("name").asText()).isEqualTo(TestHubs.HACKNEY.displayName());
        assertThat(hackneyShown.get("summary").asText()).isEqualTo(TestHubs.HACKNEY.summary());
        assertThat(hackneyShown.get("software").asText()).isEqualTo("patchwork");
        assertThat(hackneyShown.get("origin").asText()).isEqualTo(hackneyRow.origin());
        assertThat(hackneyShown.get("handle").asText()).isEqualTo(hackneyRow.handle());
        assertThat(hackneyShown.path("counts").path("members").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(hackneyShown.path("counts").path("events").asLong()).isZero();
        assertThat(hackneyShown.path("counts").path("connections").asLong()).isZero();
        assertThat(hackneyShown.path("health").path("refreshed_at").isTextual()).isTrue();
        // London's Follow reached Hackney: delivery to it has worked, and its circuit is closed.
        assertThat(hackneyShown.path("health").path("last_delivery_at").isTextual()).isTrue();
        assertThat(hackneyShown.path("health").path("circuit").asText()).isEqualTo("closed");
        assertThat(hub(lambethRow).get("name").asText()).isEqualTo(TestHubs.LAMBETH.displayName());
        assertThat(hub(lambethRow).path("counts").path("assets").asLong()).isZero();
        assertThat(hub(lambethRow).path("area").isTextual()).isFalse();
        // Hackney's Group actor says its area (pw:area), and so does its NodeInfo.
        assertThat(hackneyShown.get("area").asText()).isEqualTo("Hackney");

        HttpResponse<String> page = london.http().get("/hubs", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("hub-directory__hub--self").contains(TestHubs.LONDON.displayName())
                .contains("(this hub)").contains(TestHubs.HACKNEY.displayName())
                .contains(TestHubs.LAMBETH.displayName()).contains(hackneyRow.handle()).contains("Reachable")
                .contains("Delivery circuit closed");
        assertThat(page.body().indexOf(TestHubs.LONDON.displayName() + "</a>"))
                .isLessThan(page.body().indexOf(TestHubs.HACKNEY.displayName() + "</a>"));
        assertThat(page.body()).contains("Area: Hackney");
        assertThat(asset).startsWith(hackneyRow.origin());

        lambeth.close();
        await().atMost(PATIENCE).until(() -> hub(lambethRow).path("health").path("reachable").asText()
                .equals("false"));
        JsonNode stopped = hub(lambethRow);
        assertThat(stopped.get("name").asText()).isEqualTo(TestHubs.LAMBETH.displayName());
        assertThat(stopped.get("software").asText()).isEqualTo("patchwork");
        assertThat(stopped.path("counts").path("members").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(hub(hackneyRow).path("health").path("reachable").asBoolean()).isTrue();
        assertThat(london.http().get("/hubs", "text/html").body()).contains("Unreachable")
                .contains(TestHubs.LAMBETH.displayName());
    }
}
