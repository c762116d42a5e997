package london.patchwork.server.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.testing.FreePorts;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hubs API between real instances: London adds Hackney by handle (201, then 200 by its URL) and Lambeth by its
 * site's root URL; what cannot be joined is refused with a reason and nothing stored; removing Lambeth unfollows it
 * and forgets its posts, assets and ties while Hackney's stay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubsApiIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private RunningHub hackney;
    private RunningHub lambeth;
    private RunningHub london;
    private HubsApi hubs;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY);
        lambeth = RunningHub.start(TestHubs.LAMBETH);
        london = RunningHub.start(TestHubs.LONDON);
        hubs = new HubsApi(london);
    }

    @AfterAll
    void stop() {
        london.close();
        lambeth.close();
        hackney.close();
    }

    @Test
    void aHubIsAddedByHandleOnceAndReadBack() {
        JsonNode added = hubs.added("{\"handle\": \"" + HubsApi.handle(hackney, "hackney") + "\"}");
        assertThat(added.get("actor").asText()).isEqualTo(hackney.actorUrl());
        assertThat(added.get("origin").asText()).isEqualTo(HubsApi.origin(hackney));
        assertThat(added.get("name").asText()).isEqualTo(TestHubs.HACKNEY.displayName());
        String id = added.get("id").asText();

        HttpResponse<String> again = hubs.add("{\"url\": \"" + hackney.actorUrl() + "\"}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(HttpProbe.json(again).get("id").asText()).isEqualTo(id);

        HttpResponse<String> read = hubs.send("GET", "/api/patchwork/hubs/" + id, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(HttpProbe.json(read).get("handle").asText()).isEqualTo(HubsApi.handle(hackney, "hackney"));
        assertThat(hubs.send("GET", "/api/patchwork/hubs/999999", null).statusCode()).isEqualTo(404);
        // Reading one answers the directory's own entry for it (counts kept from its origin, delivery health).
        await().atMost(PATIENCE).until(() -> listed(id).equals(HttpProbe.json(hubs.send("GET",
                "/api/patchwork/hubs/" + id, null))));
        assertThat(listed(id).at("/health/circuit").asText()).isEqualTo("closed");
        // The views' routes under the same path are not taken for a hub's id: public, and answered by the views.
        HttpResponse<String> feed = london.http().get("/api/patchwork/hubs/feed", "application/json");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(HttpProbe.json(feed).has("items")).isTrue();
        await().atMost(PATIENCE).until(() -> hubs.count("select count(*) from follows f join actors a "
                + "on a.id = f.followed_id where a.uri = ? and f.state = 'accepted'", hackney.actorUrl()) == 1);
        assertThat(hubs.count("select count(*) from hubs")).isGreaterThanOrEqualTo(1);
    }

    private JsonNode listed(String id) {
        for (JsonNode hub : HttpProbe.json(london.http().get("/api/patchwork/hubs", "application/json"))) {
            if (hub.get("id").asText().equals(id)) {
                return hub;
            }
        }
        throw new AssertionError("hub " + id + " is not in the directory");
    }

    @Test
    void whatIsNoHubIsRefusedWithAReasonAndNothingStored() {
        TestMembers.ADA.join(hackney.baseUrl());
        long before = hubs.count("select count(*) from hubs");

        HttpResponse<String> words = hubs.add("{\"handle\": \"not a handle\"}");
        assertThat(words.statusCode()).isEqualTo(422);
        assertThat(words.body()).contains("handle");
        assertThat(hubs.add("{}").statusCode()).isEqualTo(400);
        assertThat(hubs.add("{\"handle\": \"" + HubsApi.handle(hackney, "nobody") + "\"}").statusCode())
                .isEqualTo(422);
        HttpResponse<String> person = hubs.add("{\"handle\": \"" + HubsApi.handle(hackney, "ada") + "\"}");
        assertThat(person.statusCode()).isEqualTo(422);
        assertThat(person.body()).contains("not a hub's Group");
        HttpResponse<String> itself = hubs.add("{\"url\": \"" + london.actorUrl() + "\"}");
        assertThat(itself.statusCode()).isEqualTo(422);
        assertThat(itself.body()).contains("this hub itself");
        HttpResponse<String> down = hubs.add("{\"url\": \"http://127.0.0.1:" + FreePorts.next() + "/actors/x\"}");
        assertThat(down.statusCode()).as(down.body()).isEqualTo(502);
        assertThat(down.body()).contains("could not reach");

        HttpProbe anonymous = london.http();
        assertThat(anonymous.send(HttpRequest.newBuilder(anonymous.uri("/api/patchwork/hubs"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"handle\": \"" + HubsApi.handle(hackney, "hackney")
                        + "\"}")).header("Content-Type", "application/json")).statusCode()).isEqualTo(401);
        TestMembers.SignedIn grace = TestMembers.GRACE.join(london.baseUrl());
        assertThat(grace.json("POST", "/api/patchwork/hubs", "{\"handle\": \""
                + HubsApi.handle(hackney, "hackney") + "\"}").statusCode()).isEqualTo(403);
        assertThat(grace.json("DELETE", "/api/patchwork/hubs/1", null).statusCode()).isEqualTo(403);
        assertThat(hubs.count("select count(*) from hubs")).isEqualTo(before);
    }

    @Test
    void removingAHubUnfollowsItAndForgetsItsContentOnly() {
        TestMembers.SignedIn grace = TestMembers.GRACE.join(lambeth.baseUrl());
        String post = lambeth.api().publish("Lambeth's news before joining", "public").get("uri").asText();
        JsonNode library = grace.jsonOk("POST", "/api/patchwork/assets",
                "{\"kind\": \"place\", \"category\": \"physical-spaces\", \"name\": \"Brixton Library\"}");
        JsonNode garden = grace.jsonOk("POST", "/api/patchwork/assets",
                "{\"kind\": \"place\", \"category\": \"physical-spaces\", \"name\": \"Loughborough Farm\"}");
        grace.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "partners-with", "subject": {"asset": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(library.get("id").asText(), garden.get("id").asText()));
        String hackneyPost = hackney.api().publish("Hackney's news", "public").get("uri").asText();
        // Joined by the site's root URL.
        JsonNode added = hubs.added("{\"url\": \"" + HubsApi.origin(lambeth) + "/\"}");
        assertThat(added.get("actor").asText()).isEqualTo(lambeth.actorUrl());
        hubs.add("{\"url\": \"" + hackney.actorUrl() + "\"}");
        await().atMost(PATIENCE).until(() -> hubs.count("select count(*) from objects where uri = ?", post) == 1
                && hubs.fromOrigin("assets", lambeth) == 2 && hubs.fromOrigin("ties", lambeth) == 1
                && hubs.count("select count(*) from objects where uri = ?", hackneyPost) == 1);
        long hackneyObjects = hubs.fromOrigin("objects", hackney);

        HttpResponse<String> removed = hubs.send("DELETE", "/api/patchwork/hubs/" + added.get("id").asText(), null);
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(hubs.fromOrigin("objects", lambeth)).isZero();
        assertThat(hubs.fromOrigin("assets", lambeth)).isZero();
        assertThat(hubs.fromOrigin("ties", lambeth)).isZero();
        assertThat(hubs.count("select count(*) from follows f join actors a on a.id = f.followed_id where a.uri = ?",
                lambeth.actorUrl())).isZero();
        assertThat(hubs.send("GET", "/api/patchwork/hubs/" + added.get("id").asText(), null).statusCode())
                .isEqualTo(404);
        assertThat(hubs.fromOrigin("objects", hackney)).isEqualTo(hackneyObjects);
        // Lambeth hears of the Undo: London no longer follows it there.
        await().atMost(PATIENCE).until(() -> lambeth.rows().queryLong("select count(*) from follows f join actors a "
                + "on a.id = f.follower_id where a.uri = ?", london.actorUrl()) == 0);
        assertThat(hubs.send("DELETE", "/api/patchwork/hubs/" + added.get("id").asText(), null).statusCode())
                .isEqualTo(404);
        assertThat(hubs.count("select count(*) from hubs where origin = ?", HubsApi.origin(hackney)))
                .isEqualTo(1);
    }
}
