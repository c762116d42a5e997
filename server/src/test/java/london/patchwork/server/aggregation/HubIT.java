package london.patchwork.server.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pan-London Hub joined up with three local hubs, all real servers on 127.0.0.1, through its hubs API: what each
 * hub published before it was joined (backfilled) and after (live) appears once in the Hub's feed, calendar, map and
 * network graph, each with its origin hub; a tie between two hubs is a bridge; edits and deletes at the origin reach
 * the Hub; a hub that is removed takes its content with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HubIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** What one local hub published, by uri. */
    private record Published(RunningHub hub, TestMembers.SignedIn member, String name, List<String> posts,
                             List<String> postIds, String asset, String assetId, String event, String eventId) {
    }

    private RunningHub london;
    private final Map<TestHubs, Published> hubs = new LinkedHashMap<>();
    private final Map<TestHubs, String> hubIds = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        london = RunningHub.start(TestHubs.LONDON, Map.of("patchwork.aggregation.shares", "true"));
        double[][] places = {{51.5450, -0.0560}, {51.4613, -0.1156}, {51.5390, -0.1426}};
        int i = 0;
        for (TestHubs local : List.of(TestHubs.HACKNEY, TestHubs.LAMBETH, TestHubs.CAMDEN)) {
            String area = local.username().substring(0, 1).toUpperCase() + local.username().substring(1);
            RunningHub hub = RunningHub.start(local, Map.of("patchwork.hub.area", area));
            TestMembers.SignedIn member = TestMembers.ADA.join(hub.baseUrl());
            JsonNode post = member.jsonOk("POST", "/api/v1/statuses",
                    "{\"status\":\"Before joining: news from " + area + "\",\"visibility\":\"public\"}");
            JsonNode asset = member.jsonOk("POST", "/api/patchwork/assets", """
                    {"kind": "place", "category": "physical-spaces", "name": "%s Community Centre",
                     "description": "Rooms to hire.", "latitude": %s, "longitude": %s}"""
                    .formatted(area, places[i][0], places[i][1]));
            JsonNode event = member.jsonOk("POST", "/api/patchwork/events", """
                    {"title": "%s winter fair", "description": "Stalls and music.", "start": "2031-12-06T12:00",
                     "end": "2031-12-06T17:00", "time_zone": "Europe/London", "category": "workshop"}"""
                    .formatted(area));
            hubs.put(local, new Published(hub, member, local.displayName(),
                    new ArrayList<>(List.of(post.get("uri").asText())), new ArrayList<>(List.of(post.get("id")
                    .asText())), asset.get("url").asText(), asset.get("id").asText(), event.get("uri").asText(),
                    event.get("id").asText()));
            i++;
        }
        Published hackney = hubs.get(TestHubs.HACKNEY);
        hackney.member().jsonOk("POST", "/api/patchwork/connections", """
                {"type": "refers-to", "subject": {"asset": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(hackney.assetId(), hubs.get(TestHubs.LAMBETH).asset()));

        HubsApi api = new HubsApi(london);
        hubs.forEach((local, published) -> hubIds.put(local, api.added("{\"handle\": \""
                + HubsApi.handle(published.hub(), local.username()) + "\"}").get("id").asText()));
        hubs.forEach((local, published) -> {
            JsonNode post = published.member().jsonOk("POST", "/api/v1/statuses",
                    "{\"status\":\"After joining: more from " + local.displayName() + "\",\"visibility\":\"public\"}");
            published.posts().add(post.get("uri").asText());
            published.postIds().add(post.get("id").asText());
        });
    }

    @AfterAll
    void stop() {
        hubs.values().forEach(published -> published.hub().close());
        if (london != null) {
            london.close();
        }
    }

    @Test
    @Order(1)
    void everyHubsItemsAppearOnceInTheFeedCalendarMapAndGraphWithTheirOrigin() {
        await("every hub's posts, events and assets on the Hub").atMost(PATIENCE)
                .untilAsserted(() -> assertThat(missing()).isEmpty());
        JsonNode feed = json("/api/patchwork/hubs/feed").get("items");
        JsonNode calendar = json("/api/patchwork/hubs/calendar").get("items");
        JsonNode map = json("/api/patchwork/hubs/map").get("features");
        for (Published published : hubs.values()) {
            for (String post : published.posts()) {
                assertThat(itemsWith(feed, "uri", post)).as(post + " in the feed").hasSize(1)
                        .allSatisfy(item -> assertThat(item.at("/origin/name").asText()).isEqualTo(published.name()));
            }
            assertThat(itemsWith(calendar, "uri", published.event())).hasSize(1)
                    .allSatisfy(item -> assertThat(item.at("/origin/name").asText()).isEqualTo(published.name()));
            assertThat(itemsWith(map, "id", published.asset())).hasSize(1).allSatisfy(feature -> assertThat(
                    feature.at("/properties/origin/name").asText()).isEqualTo(published.name()));
        }

        await("the tie from Hackney to Lambeth in the graph").atMost(PATIENCE).until(() -> json(
                "/api/patchwork/hubs/network").get("ties").size() == 1);
        JsonNode network = json("/api/patchwork/hubs/network");
        JsonNode tie = network.get("ties").get(0);
        assertThat(tie.get("bridge").asBoolean()).as("a tie between two hubs bridges them").isTrue();
        assertThat(tie.get("to").asText()).isEqualTo(hubs.get(TestHubs.LAMBETH).asset());
        assertThat(network.at("/figures/bridges").asLong()).isEqualTo(1);
        List<String> nodes = uris(network.get("nodes"), "key");
        assertThat(nodes.stream().filter(hubs.get(TestHubs.LAMBETH).asset()::equals)).hasSize(1);

        JsonNode directory = HttpProbe.json(london.http().get("/api/patchwork/hubs", "application/json"));
        assertThat(uris(directory, "name")).containsExactlyInAnyOrder("Hackney Community Hub", "Lambeth Network",
                "Camden Connects");
    }

    @Test
    @Order(2)
    void editsAndDeletesAtTheOriginReachTheHub() {
        Published hackney = hubs.get(TestHubs.HACKNEY);
        Published lambeth = hubs.get(TestHubs.LAMBETH);
        Published camden = hubs.get(TestHubs.CAMDEN);
        assertThat(hackney.member().json("PUT", "/api/v1/statuses/" + hackney.postIds().get(1),
                "{\"status\":\"After joining: corrected news from Hackney\"}").statusCode()).isEqualTo(200);
        lambeth.member().jsonOk("PATCH", "/api/patchwork/assets/" + lambeth.assetId(),
                "{\"name\": \"Lambeth Community Hall\"}");
        camden.member().jsonOk("PATCH", "/api/patchwork/events/" + camden.eventId(),
                "{\"title\": \"Camden winter market\"}");
        await("the edits on the Hub").atMost(PATIENCE).until(() ->
                itemsWith(json("/api/patchwork/hubs/feed").get("items"), "uri", hackney.posts().get(1)).stream()
                        .anyMatch(item -> item.get("summary").asText().contains("corrected news"))
                && itemsWith(json("/api/patchwork/hubs/map").get("features"), "id", lambeth.asset()).stream()
                        .anyMatch(feature -> feature.at("/properties/name").asText().equals("Lambeth Community Hall"))
                && itemsWith(json("/api/patchwork/hubs/calendar").get("items"), "uri", camden.event()).stream()
                        .anyMatch(item -> item.get("title").asText().equals("Camden winter market")));

        assertThat(hackney.member().json("DELETE", "/api/v1/statuses/" + hackney.postIds().get(0), null)
                .statusCode()).isEqualTo(200);
        assertThat(camden.member().json("DELETE", "/api/patchwork/events/" + camden.eventId(), null).statusCode())
                .isBetween(200, 204);
        await("the deletes on the Hub").atMost(PATIENCE).until(() ->
                !uris(json("/api/patchwork/hubs/feed").get("items"), "uri").contains(hackney.posts().get(0))
                && !uris(json("/api/patchwork/hubs/calendar").get("items"), "uri").contains(camden.event()));
        assertThat(uris(json("/api/patchwork/hubs/feed").get("items"), "uri"))
                .as("the other posts stay").contains(hackney.posts().get(1), lambeth.posts().get(0));
    }

    @Test
    @Order(3)
    void aRemovedHubTakesItsContentWithIt() {
        Published camden = hubs.get(TestHubs.CAMDEN);
        HttpResponse<String> removed = new HubsApi(london).send("DELETE",
                "/api/patchwork/hubs/" + hubIds.get(TestHubs.CAMDEN), null);
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(uris(json("/api/patchwork/hubs/map").get("features"), "id")).doesNotContain(camden.asset())
                .contains(hubs.get(TestHubs.HACKNEY).asset(), hubs.get(TestHubs.LAMBETH).asset());
        assertThat(uris(json("/api/patchwork/hubs/feed").get("items"), "uri"))
                .doesNotContainAnyElementsOf(camden.posts()).containsAll(hubs.get(TestHubs.LAMBETH).posts());
        assertThat(uris(HttpProbe.json(london.http().get("/api/patchwork/hubs", "application/json")), "name"))
                .containsExactlyInAnyOrder("Hackney Community Hub", "Lambeth Network");
    }

    /** What the Hub's views do not show yet, by view. */
    private List<String> missing() {
        List<String> feed = uris(json("/api/patchwork/hubs/feed").get("items"), "uri");
        List<String> calendar = uris(json("/api/patchwork/hubs/calendar").get("items"), "uri");
        List<String> map = uris(json("/api/patchwork/hubs/map").get("features"), "id");
        List<String> missing = new ArrayList<>();
        for (Published published : hubs.values()) {
            published.posts().stream().filter(post -> !feed.contains(post)).forEach(post -> missing.add("feed " + post));
            if (!calendar.contains(published.event())) {
                missing.add("calendar " + published.event());
            }
            if (!map.contains(published.asset())) {
                missing.add("map " + published.asset());
            }
        }
        return missing;
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = london.http().get(path, "application/json");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return HttpProbe.json(response);
    }

    private static List<String> uris(JsonNode items, String field) {
        List<String> found = new ArrayList<>();
        items.forEach(item -> found.add(item.path(field).asText()));
        return found;
    }

    private static List<JsonNode> itemsWith(JsonNode items, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        items.forEach(item -> {
            if (value.equals(item.path(field).asText())) {
                found.add(item);
            }
        });
        return found;
    }
}
