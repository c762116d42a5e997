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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A hub's history from before it was joined: Hackney has posts, an event, assets and a tie before London joins it,
 * and London then holds each of them once; Lambeth, backfilling 3 items per collection, holds only the 3 most
 * recent; a hub that is down when its backfill starts is caught up when it returns.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackfillIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private RunningHub hackney;
    private RunningHub london;
    private RunningHub lambeth;
    private final List<String> newest = new ArrayList<>();
    private String membersPost;
    private String event;
    private String tie;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY);
        TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
        membersPost = ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Repair cafe this Saturday\"}")
                .get("uri").asText();
        event = ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Seed swap\", "
                + "\"start\": \"2031-04-05T10:00\", \"end\": \"2031-04-05T12:00\"}").get("uri").asText();
        JsonNode bank = ada.jsonOk("POST", "/api/patchwork/assets",
                "{\"kind\": \"place\", \"category\": \"physical-spaces\", \"name\": \"Food bank\"}");
        JsonNode advice = ada.jsonOk("POST", "/api/patchwork/assets",
                "{\"kind\": \"place\", \"category\": \"physical-spaces\", \"name\": \"Advice centre\"}");
        String tieId = ada.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "partners-with", "subject": {"asset": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(bank.get("id").asText(), advice.get("id").asText())).get("id").asText();
        tie = HttpProbe.json(hackney.http().get("/connections/" + tieId, HubsApi.AP)).get("id").asText();
        for (int i = 1; i <= 4; i++) {
            newest.add(hackney.api().publish("Hackney news " + i, "public").get("uri").asText());
        }
        london = RunningHub.start(TestHubs.LONDON);
        lambeth = RunningHub.start(TestHubs.LAMBETH, Map.of("patchwork.aggregation.backfill-items", "3"));
    }

    @AfterAll
    void stop() {
        lambeth.close();
        london.close();
        hackney.close();
    }

    private static long held(RunningHub hub, String table, String uri) {
        return hub.rows().queryLong("select count(*) from " + table + " where uri = ?", uri);
    }

    @Test
    void aJoinedHubsHistoryIsHeldOnce() {
        HubsApi hubs = new HubsApi(london);
        String id = hubs.added("{\"handle\": \"" + HubsApi.handle(hackney, "hackney") + "\"}").get("id").asText();
        await().atMost(PATIENCE).until(() -> hubs.backfillState(id).equals("done"));
        await().atMost(PATIENCE).until(() -> held(london, "objects", membersPost) == 1
                && held(london, "calendar_events", event) == 1 && held(london, "ties", tie) == 1
                && newest.stream().allMatch(uri -> held(london, "objects", uri) == 1));
        assertThat(hubs.fromOrigin("assets", hackney)).isEqualTo(2);
        assertThat(hubs.count("select count(*) from objects where uri like ? group by uri order by 1 desc limit 1",
                HubsApi.origin(hackney) + "/%")).isEqualTo(1);
        JsonNode read = HttpProbe.json(hubs.send("GET", "/api/patchwork/hubs/" + id, null));
        assertThat(read.at("/backfill/items").asInt()).isGreaterThanOrEqualTo(8);

        // Added again: answered with the same hub, and nothing is held twice.
        assertThat(hubs.add("{\"url\": \"" + hackney.actorUrl() + "\"}").statusCode()).isEqualTo(200);
        assertThat(held(london, "objects", membersPost)).isEqualTo(1);
    }

    @Test
    void onlyTheMostRecentItemsAreBackfilledWhenTheLimitIsSmall() {
        HubsApi hubs = new HubsApi(lambeth);
        String id = hubs.added("{\"url\": \"" + hackney.actorUrl() + "\"}").get("id").asText();
        await().atMost(PATIENCE).until(() -> hubs.backfillState(id).equals("done"));
        await().atMost(PATIENCE).until(() -> newest.subList(1, 4).stream()
                .allMatch(uri -> held(lambeth, "objects", uri) == 1) && held(lambeth, "ties", tie) == 1);
        // The limit is per collection: the outbox's 3 newest, and the event, both places and the tie (each of those
        // collections is within it).
        assertThat(HttpProbe.json(hubs.send("GET", "/api/patchwork/hubs/" + id, null)).at("/backfill/items").asInt())
                .isEqualTo(3 + 1 + 2 + 1);
        assertThat(hubs.fromOrigin("assets", hackney)).isEqualTo(2);
        assertThat(held(lambeth, "calendar_events", event)).isEqualTo(1);
        assertThat(held(lambeth, "objects", newest.get(0))).isZero();
        assertThat(held(lambeth, "objects", membersPost)).isZero();
    }

    @Test
    void aHubThatIsDownIsCaughtUpWhenItReturns() {
        Map<String, String> properties = new HashMap<>(TestHubs.HACKNEY.properties());
        RunningHub second = RunningHub.start(TestHubs.HACKNEY, properties);
        String post = second.api().publish("News from the second Hackney", "public").get("uri").asText();
        String actor = second.actorUrl();
        // London has met the hub's Group before, so it can be joined by its URL while the hub is down.
        assertThat(london.api().send("GET", "/api/v1/accounts/lookup?acct="
                + URLEncoder.encode(actor, StandardCharsets.UTF_8), Map.of()).statusCode()).isEqualTo(200);
        second.close();

        HubsApi hubs = new HubsApi(london);
        String id = hubs.added("{\"url\": \"" + actor + "\"}").get("id").asText();
        await().atMost(PATIENCE).until(() -> hubs.count("select count(*) from hubs where id = ? "
                + "and backfill_error like 'hub unreachable%'", Long.parseLong(id)) == 1);
        assertThat(held(london, "objects", post)).isZero();

        RunningHub back = RunningHub.start(TestHubs.HACKNEY, properties);
        try {
            await().atMost(PATIENCE).until(() -> held(london, "objects", post) == 1);
            await().atMost(PATIENCE).until(() -> hubs.backfillState(id).equals("done"));
        } finally {
            back.close();
        }
    }
}
